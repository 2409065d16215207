package landcover.raster.tiff;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent block tasks on an executor plus the calling thread. Workers pull tasks from a
 * shared counter, so uneven tiles balance themselves; the caller works too and then waits only
 * for tasks already claimed, so a saturated (or same-pool) executor cannot deadlock a read.
 */
final class Parallel {
    private Parallel() {}

    /**
     * @param executor where helpers run; null runs everything on the calling thread
     * @param parallelism the most threads to use, counting the caller
     */
    static void run(List<Runnable> tasks, Executor executor, int parallelism) {
        int helpers = Math.min(parallelism, tasks.size()) - 1;
        if (executor == null || helpers <= 0) {
            tasks.forEach(Runnable::run);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(tasks.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> drain(tasks, next, done, failure);
        for (int i = 0; i < helpers; i++) {
            try {
                executor.execute(worker);
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        worker.run();
        awaitUninterruptibly(done);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        }
    }

    private static void drain(
            List<Runnable> tasks, AtomicInteger next, CountDownLatch done, AtomicReference<Throwable> failure) {
        for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
            try {
                if (failure.get() == null) {
                    tasks.get(i).run();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                done.countDown();
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
