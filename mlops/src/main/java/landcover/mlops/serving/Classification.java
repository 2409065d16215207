package landcover.mlops.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.CompiledForest;

/**
 * How an AOI's pixels get classified: on one replica's thread with its own scratch ({@link
 * #onReplica}), or for jobs on several threads that claim bands of rows in turn ({@link #parallel}),
 * each with its own scratch and tally, merged at the end. Bands hold about one block of pixels so a
 * slow band does not hold up the others.
 */
@FunctionalInterface
interface Classification {
    /** Classifies every AOI pixel of {@code in} into {@code out}; returns the tally. */
    Tally run(AoiPixels in, ClassifiedAoi out, int cells, int classCount);

    /** On the calling (replica) thread, with the replica's classifier. */
    static Classification onReplica(AoiClassifier classifier) {
        return (in, out, cells, k) -> {
            Tally tally = new Tally(cells, k);
            classifier.classifyRows(in, 0, in.height(), out, tally);
            return tally;
        };
    }

    /** On {@code workers} threads of {@code executor}, each with a classifier of its own. */
    static Classification parallel(CompiledForest forest, ExecutorService executor, int workers, int blockPixels) {
        return (in, out, cells, k) -> {
            int rowsPerBand = Math.max(1, blockPixels / Math.max(1, in.width()));
            int bands = (in.height() + rowsPerBand - 1) / rowsPerBand;
            AtomicInteger next = new AtomicInteger();
            List<Future<Tally>> running = new ArrayList<>();
            for (int w = 0; w < Math.min(workers, bands); w++) {
                running.add(executor.submit(() -> {
                    AoiClassifier classifier = new AoiClassifier(forest, blockPixels);
                    Tally tally = new Tally(cells, k);
                    for (int b = next.getAndIncrement(); b < bands; b = next.getAndIncrement()) {
                        int first = b * rowsPerBand;
                        classifier.classifyRows(in, first, Math.min(in.height(), first + rowsPerBand), out, tally);
                    }
                    return tally;
                }));
            }
            return merge(running, cells, k);
        };
    }

    private static Tally merge(List<Future<Tally>> running, int cells, int k) {
        Tally total = new Tally(cells, k);
        try {
            for (Future<Tally> f : running) {
                total.merge(f.get());
            }
            return total;
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new MlopsException("classification was interrupted", e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new MlopsException("classification failed", e);
        }
    }
}
