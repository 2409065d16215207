package landcover.mlops.serving;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One serving replica: a platform thread that takes requests from its own queue, one at a time, and
 * runs them with its own classifier scratch (predictor and buffers), so replicas never share mutable
 * state. {@link #load()} counts queued plus running requests; the pool reserves a slot in it before
 * queueing. Thread-safe.
 */
final class Replica {
    /** Work run on a replica's thread. */
    @FunctionalInterface
    interface Work<T> {
        /**
         * @param replica the replica running it (its id and classifier)
         * @param queued how long the request waited for it
         */
        T run(Replica replica, Duration queued);
    }

    private record Task<T>(Work<T> work, CompletableFuture<T> future, long submittedNanos) {}

    private static final Task<Void> STOP = new Task<>((r, q) -> null, new CompletableFuture<>(), 0);

    private final String id;
    private final AoiClassifier classifier;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger load = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final Runnable onDone;
    private final Thread thread;
    private volatile boolean busy;

    /**
     * Starts the replica's thread.
     *
     * @param onDone called on the replica's thread after each request, once its slot is released
     */
    Replica(String id, AoiClassifier classifier, Runnable onDone) {
        this.id = id;
        this.classifier = classifier;
        this.onDone = onDone;
        this.thread = Thread.ofPlatform().name("replica-" + id).daemon(true).unstarted(this::loop);
        thread.start();
    }

    String id() {
        return id;
    }

    AoiClassifier classifier() {
        return classifier;
    }

    AtomicInteger load() {
        return load;
    }

    /** Queues work whose slot the caller has reserved in {@link #load()}. */
    <T> CompletableFuture<T> enqueue(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        queue.add(new Task<>(work, future, System.nanoTime()));
        return future;
    }

    /** Ends the thread once what is queued has run. */
    void stop() {
        queue.add(STOP);
    }

    void awaitStopped() throws InterruptedException {
        thread.join();
    }

    ReplicaStatus status(LoadedModel model, landcover.domain.Alias alias, boolean draining) {
        return new ReplicaStatus(model.id(), alias, id, queue.size(), busy, served.get(), draining);
    }

    private void loop() {
        while (true) {
            Task<?> task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return; // only the JVM's shutdown interrupts these threads
            }
            if (task == STOP) {
                return;
            }
            run(task);
        }
    }

    private <T> void run(Task<T> task) {
        busy = true;
        Optional<T> result = Optional.empty();
        Throwable failure = null;
        try {
            if (!task.future().isDone()) { // cancelled while queued: skip the work
                Duration queued = Duration.ofNanos(System.nanoTime() - task.submittedNanos());
                result = Optional.ofNullable(task.work().run(this, queued));
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            busy = false;
            served.incrementAndGet();
            load.decrementAndGet();
            onDone.run();
        }
        // Answered only once the slot is free: a caller reacting to the answer may submit again at once.
        if (failure != null) {
            task.future().completeExceptionally(failure);
        } else {
            task.future().complete(result.orElse(null));
        }
    }
}
