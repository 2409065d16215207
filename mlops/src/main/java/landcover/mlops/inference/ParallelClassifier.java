package landcover.mlops.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.mlops.MlopsException;

/**
 * Classifies large pixel sets on several threads: the pixels are cut into blocks that workers claim
 * in turn (so a slow block does not hold up the others), each worker with its own {@link
 * ForestPredictor} and interleaving buffer. Memory beyond the caller's arrays: per worker {@code
 * blockPixels × (4 × features + 8 × classes + 4)} bytes. Thread-safe; the executor is the caller's.
 */
public final class ParallelClassifier {
    /**
     * Pixels per block: the whole block passes through one tree while that tree is in cache, so
     * bigger blocks amortise loading each tree (measured, 1 thread, 100-tree model, packed kernel: 64 px
     * 37k px/s, 512 px 63k, 4096 px 138k, 32768 px 154k; 16384 to 65536 within noise of each other;
     * docs/benchmarks.md).
     */
    public static final int DEFAULT_BLOCK = 16384;

    private final CompiledForest forest;
    private final ExecutorService executor;
    private final int workers;
    private final int blockPixels;

    /**
     * @param forest the model
     * @param executor runs the workers
     * @param workers how many blocks run at once (at most the executor's threads)
     * @param blockPixels pixels per block
     */
    public ParallelClassifier(CompiledForest forest, ExecutorService executor, int workers, int blockPixels) {
        if (workers < 1 || blockPixels < 1) {
            throw new IllegalArgumentException("workers " + workers + ", block " + blockPixels);
        }
        this.forest = forest;
        this.executor = executor;
        this.workers = workers;
        this.blockPixels = blockPixels;
    }

    /**
     * Classifies every pixel; nodata and masked pixels get class 0 and probability 0.
     *
     * @param input pixels, in the forest's feature order
     * @param classes receives the class code of pixel i at {@code [i]}
     * @param top receives the top-class probability of pixel i at {@code [i]}, or null
     * @throws MlopsException if the input's features are not the forest's
     */
    public void classify(FeaturePlanes input, byte[] classes, float[] top) {
        if (!input.features().equals(forest.features())) {
            throw new MlopsException("pixel features " + input.features().names() + " differ from the model's "
                    + forest.features().names());
        }
        int blocks = (input.pixels() + blockPixels - 1) / blockPixels;
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < Math.min(workers, Math.max(1, blocks)); w++) {
            running.add(executor.submit(() -> work(input, classes, top, next, blocks)));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MlopsException("classification was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void work(FeaturePlanes input, byte[] classes, float[] top, AtomicInteger next, int blocks) {
        ForestPredictor predictor = forest.newPredictor(blockPixels);
        float[] block = new float[blockPixels * forest.features().size()];
        long hash = forest.featureHash();
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int first = b * blockPixels;
            int count = Math.min(blockPixels, input.pixels() - first);
            input.interleave(first, count, block);
            predictor.predict(block, count, hash, Predictions.of(classes, top, first));
        }
    }
}
