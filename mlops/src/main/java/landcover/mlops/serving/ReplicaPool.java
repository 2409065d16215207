package landcover.mlops.serving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import landcover.domain.Alias;
import landcover.mlops.OverloadedException;

/**
 * One deployment of one model version under one alias: {@code n} replicas, each with a bounded
 * queue, fed least-loaded first. A full pool refuses at once with {@link OverloadedException} rather
 * than letting requests pile up.
 *
 * <p><b>Draining.</b> {@link #drain()} stops new work (submitters get {@link Draining} and go to the
 * pool that replaced this one), lets everything already accepted finish on this pool's model, then
 * stops the threads. Accounting: a submitter counts itself in {@code inflight} <em>before</em>
 * checking {@code accepting}, and {@link #drain()} clears {@code accepting} before reading {@code
 * inflight}; so either the drain sees the submission and waits for it, or the submission sees the
 * drain and backs out. No accepted request is lost, none runs after the drain completes.
 *
 * <p>Thread-safe.
 */
final class ReplicaPool {
    /** Thrown to a submitter that raced a drain: resubmit to the current pool. */
    static final class Draining extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Draining() {
            super("replica pool is draining", null, false, false);
        }
    }

    private final LoadedModel model;
    private final Alias alias;
    private final List<Replica> replicas;
    private final int perReplica;
    private final AtomicInteger inflight = new AtomicInteger();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicLong meanServiceNanos = new AtomicLong(100_000_000L);
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private volatile boolean accepting = true;

    /**
     * Starts the replicas; each builds its classifier scratch before the constructor returns, so a
     * new pool is warm when it is swapped in.
     *
     * @param replicaCount replicas, at least 1
     * @param queueCapacity requests that may wait per replica besides the one it runs, at least 0
     * @param blockPixels pixels per classifier block
     */
    ReplicaPool(LoadedModel model, Alias alias, int replicaCount, int queueCapacity, int blockPixels) {
        if (replicaCount < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException(replicaCount + " replicas, queue " + queueCapacity);
        }
        this.model = model;
        this.alias = alias;
        this.perReplica = queueCapacity + 1;
        List<Replica> started = new ArrayList<>();
        for (int r = 0; r < replicaCount; r++) {
            String id = model.id().year() + "-" + alias + "-" + model.id().version() + "-r" + r;
            started.add(new Replica(id, new AoiClassifier(model.forest(), blockPixels), this::release));
        }
        this.replicas = List.copyOf(started);
    }

    LoadedModel model() {
        return model;
    }

    Alias alias() {
        return alias;
    }

    /** Requests the pool holds at most: running plus queued. */
    int capacity() {
        return replicas.size() * perReplica;
    }

    /**
     * Queues work on the least-loaded replica.
     *
     * @throws OverloadedException when every replica's queue is full
     * @throws Draining when the pool is draining (resubmit to its successor)
     */
    <T> CompletableFuture<T> submit(Replica.Work<T> work) {
        inflight.incrementAndGet();
        if (!accepting) {
            release();
            throw new Draining();
        }
        Replica replica = reserve();
        if (replica == null) {
            release();
            throw overloaded();
        }
        long start = System.nanoTime();
        return replica.enqueue((r, queued) -> {
            try {
                return work.run(r, queued);
            } finally {
                long took = System.nanoTime() - start - queued.toNanos();
                meanServiceNanos.updateAndGet(m -> m + (took - m) / 8);
            }
        });
    }

    /** The least-loaded replica with a free slot, its slot reserved; null when all are full. */
    private Replica reserve() {
        while (true) {
            Replica best = null;
            int bestLoad = Integer.MAX_VALUE;
            for (Replica r : replicas) {
                int load = r.load().get();
                if (load < bestLoad) {
                    best = r;
                    bestLoad = load;
                }
            }
            if (bestLoad >= perReplica) {
                return null;
            }
            if (best.load().compareAndSet(bestLoad, bestLoad + 1)) {
                return best;
            }
        }
    }

    private OverloadedException overloaded() {
        long waitNanos = meanServiceNanos.get() * perReplica;
        return new OverloadedException(
                "predictions " + model.id().year() + " " + alias, capacity(), Duration.ofNanos(waitNanos));
    }

    /** Called when a request leaves the pool (finished, or backed out of submit). */
    private void release() {
        if (inflight.decrementAndGet() == 0 && !accepting) {
            finish();
        }
    }

    /**
     * Stops taking work; the future completes once every accepted request has finished and the
     * replica threads have ended. Idempotent.
     */
    CompletableFuture<Void> drain() {
        accepting = false;
        if (inflight.get() == 0) {
            finish();
        }
        return drained;
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            replicas.forEach(Replica::stop);
            Thread.ofVirtual().start(() -> {
                try {
                    for (Replica r : replicas) {
                        r.awaitStopped();
                    }
                    drained.complete(null);
                } catch (InterruptedException e) {
                    drained.completeExceptionally(e);
                }
            });
        }
    }

    boolean isDraining() {
        return !accepting;
    }

    /** Each replica's state now. */
    List<ReplicaStatus> status() {
        return replicas.stream().map(r -> r.status(model, alias, !accepting)).toList();
    }
}
