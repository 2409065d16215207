package landcover.server.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import landcover.mlops.OverloadedException;

/**
 * Bounded admission for one kind of work: at most {@code concurrency} tasks run at once, at most
 * {@code queue} more wait, and anything beyond is refused at once with {@link OverloadedException}
 * instead of piling up. Waiting blocks the caller's (virtual) thread. Thread-safe.
 */
public final class Bulkhead {
    private final String name;
    private final int concurrency;
    private final int capacity;
    private final Duration retryAfter;
    private final Semaphore running;
    private final AtomicInteger admitted = new AtomicInteger();

    /**
     * @param name what the work is, named in the refusal, e.g. {@code aoi-validation}
     * @param concurrency tasks that may run at once, at least 1
     * @param queue tasks that may wait, at least 0
     * @param retryAfter the retry hint given with a refusal
     */
    public Bulkhead(String name, int concurrency, int queue, Duration retryAfter) {
        if (concurrency < 1 || queue < 0) {
            throw new IllegalArgumentException("concurrency must be >= 1 and queue >= 0");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.concurrency = concurrency;
        this.capacity = concurrency + queue;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.running = new Semaphore(concurrency, true);
    }

    /**
     * Runs {@code task} when a slot is free, waiting in the queue if needed.
     *
     * @throws OverloadedException when the queue is full
     */
    public <T> T call(Supplier<T> task) {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            throw new OverloadedException(name, capacity, retryAfter);
        }
        try {
            running.acquireUninterruptibly();
            try {
                return task.get();
            } finally {
                running.release();
            }
        } finally {
            admitted.decrementAndGet();
        }
    }

    /** Tasks running or waiting now. */
    public int inFlight() {
        return admitted.get();
    }

    /** Tasks running now. */
    public int running() {
        return concurrency - running.availablePermits();
    }
}
