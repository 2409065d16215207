package landcover.mlops.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import landcover.mlops.OverloadedException;

/**
 * Runs large predictions one at a time off the request path, with a bounded queue, and remembers
 * each job's state until it has been finished for the retention time. Thread-safe.
 */
final class JobRunner implements AutoCloseable {
    private final ThreadPoolExecutor runner;
    private final Map<PredictionId, PredictionJob> jobs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration retention;
    private final int capacity;

    JobRunner(int queuedJobs, Duration retention, Clock clock) {
        this.clock = clock;
        this.retention = retention;
        this.capacity = queuedJobs + 1;
        this.runner = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queuedJobs)),
                Thread.ofPlatform().name("prediction-job").daemon(true).factory());
    }

    /**
     * Queues a job.
     *
     * @throws OverloadedException when the queue is full
     */
    PredictionJob submit(PredictionId id, Supplier<PredictionResult> work) {
        expire();
        Instant at = clock.instant();
        PredictionJob queued =
                new PredictionJob(id, PredictionJob.Status.QUEUED, at, Optional.empty(), Optional.empty());
        jobs.put(id, queued);
        try {
            runner.execute(() -> run(queued, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new OverloadedException("prediction jobs", capacity, Duration.ofSeconds(30));
        }
        return queued;
    }

    private void run(PredictionJob job, Supplier<PredictionResult> work) {
        jobs.put(job.id(), with(job, PredictionJob.Status.RUNNING, null, null));
        try {
            jobs.put(job.id(), with(job, PredictionJob.Status.SUCCEEDED, work.get(), null));
        } catch (RuntimeException e) {
            jobs.put(job.id(), with(job, PredictionJob.Status.FAILED, null, e));
        }
    }

    private static PredictionJob with(
            PredictionJob job, PredictionJob.Status status, PredictionResult r, RuntimeException e) {
        return new PredictionJob(job.id(), status, job.submittedAt(), Optional.ofNullable(r), Optional.ofNullable(e));
    }

    Optional<PredictionJob> find(PredictionId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Forgets finished jobs older than the retention (their results stay in the store). */
    private void expire() {
        Instant cutoff = clock.instant().minus(retention);
        jobs.values().removeIf(j -> j.isDone() && j.submittedAt().isBefore(cutoff));
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
