package landcover.mlops.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.mlops.MlopsException;
import landcover.mlops.train.data.SampleTable;
import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.math.MathEx;
import smile.model.cart.CART;
import smile.model.cart.SplitRule;

/**
 * Trains Smile random forests from a {@link SampleTable}. Trees are Smile's {@code DecisionTree}s
 * grown exactly as {@code RandomForest.fit} grows them (stratified bootstrap, gini, √p features per
 * split, tree weight = out-of-bag accuracy); the bagging loop is ours so that row weights, class
 * weights and one seed per tree apply, and so trees are built on our own threads: the forest depends
 * only on the data, the parameters and the seed, not on the thread count or scheduling.
 *
 * <p>Thread-safe: one trainer may train several forests at once.
 */
public final class RandomForestTrainer {
    /** Unlimited-depth trees recurse once per level; give the builders room. */
    private static final long STACK_BYTES = 256L << 20;

    private final int threads;

    /** @param threads worker threads building trees in parallel, at least 1 */
    public RandomForestTrainer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.threads = threads;
    }

    /** A trainer using every available processor. */
    public static RandomForestTrainer allCores() {
        return new RandomForestTrainer(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Trains a forest.
     *
     * @throws MlopsException if the samples hold fewer than two classes
     */
    public TrainedForest train(SampleTable table, ForestParams params) {
        long start = System.nanoTime();
        int[] codes = table.distinctClasses();
        if (codes.length < 2) {
            throw new MlopsException("training needs samples of at least two classes, got only class " + codes[0]);
        }
        int[] y = encode(table, codes);
        DataFrame x = SmileFrames.features(table);
        int[][] order = CART.order(x);
        Bootstrap bootstrap = new Bootstrap(y, weights(table), codes.length, params, codes);
        long[] seeds = new SplittableRandom(params.seed()).longs(params.trees()).toArray();
        OutOfBag oob = new OutOfBag(y, codes.length);
        TreeJob job = new TreeJob(x, y, codes.length, params, table.featureCount(), order, bootstrap, oob);
        RandomForest.Model[] models = runAll(job, seeds);
        RandomForest forest = SmileFrames.assemble(table.features(), codes.length, models, oob);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TrainedForest(forest, table.features(), codes, params, oob.accuracy(), seconds);
    }

    private static int[] encode(SampleTable table, int[] codes) {
        int[] y = new int[table.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = java.util.Arrays.binarySearch(codes, table.classCode(i));
        }
        return y;
    }

    private static float[] weights(SampleTable table) {
        float[] w = new float[table.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = table.weight(i);
        }
        return w;
    }

    private RandomForest.Model[] runAll(TreeJob job, long[] seeds) {
        AtomicInteger id = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, "forest-trainer-" + id.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, factory)) {
            List<Future<RandomForest.Model>> futures = new ArrayList<>();
            for (long seed : seeds) {
                futures.add(pool.submit(() -> job.tree(seed)));
            }
            RandomForest.Model[] models = new RandomForest.Model[seeds.length];
            for (int t = 0; t < models.length; t++) {
                models[t] = futures.get(t).get();
            }
            return models;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MlopsException("training was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new MlopsException("training failed: " + e.getCause(), e.getCause());
        }
    }

    /** Grows one tree from its seed; shared read-only state, safe to run on many threads. */
    private record TreeJob(
            DataFrame x,
            int[] y,
            int k,
            ForestParams params,
            int features,
            int[][] order,
            Bootstrap bootstrap,
            OutOfBag oob) {
        RandomForest.Model tree(long seed) {
            int[] samples = bootstrap.sample(new SplittableRandom(seed));
            // Smile draws the features tried at each split from a per-thread generator: seed it here,
            // on the thread that grows this tree, so the tree depends on its seed alone.
            MathEx.setSeed(seed);
            StructField response = new StructField(SmileFrames.RESPONSE, DataTypes.IntType);
            int maxDepth = params.maxDepth() == 0 ? Integer.MAX_VALUE : params.maxDepth();
            int maxNodes = params.maxNodes() == 0 ? Integer.MAX_VALUE : params.maxNodes();
            long start = System.nanoTime();
            DecisionTree tree = new DecisionTree(
                    x,
                    y,
                    response,
                    k,
                    SplitRule.GINI,
                    maxDepth,
                    maxNodes,
                    params.nodeSize(),
                    params.effectiveMtry(features),
                    samples,
                    order);
            double fitMillis = (System.nanoTime() - start) / 1e6;
            return oob.score(tree, x, samples, fitMillis);
        }
    }
}
