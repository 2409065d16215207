package landcover.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import landcover.domain.json.JsonReader;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.FeaturePlanes;
import landcover.mlops.inference.ForestPredictor;
import landcover.mlops.inference.ParallelClassifier;
import landcover.mlops.inference.Predictions;
import landcover.mlops.train.ForestEvaluator;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.RandomForestTrainer;
import landcover.mlops.train.TrainedForest;
import landcover.mlops.train.Voting;
import landcover.mlops.train.data.SampleTable;

/**
 * Side-by-side harness (not JMH: the comparison needs scikit-learn in the same run): trains a 100-tree
 * forest on 300,000 synthetic pixels with Smile and with scikit-learn, then times inference with
 * class probabilities — compiled forest, Smile's own predict, scikit-learn's predict_proba — on one
 * thread and on all cores, and extrapolates one Sentinel-2 tile (120.56 Mpx). Writes a Markdown
 * section. Usage: {@code InferenceBenchmark RESULTS_DIR SKLEARN_SCRIPT [trainRows inferRows]}.
 */
public final class InferenceBenchmark {
    private static final double TILE_PIXELS = 10980.0 * 10980.0;
    private static final int SMILE_ROWS = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Best pixels per second over the timed repetitions, by wall clock and by the thread's CPU time. */
    private record Rate(double wall, double cpu) {}

    private InferenceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        Path sklearnScript = Path.of(args[1]);
        int trainRows = args.length > 2 ? Integer.parseInt(args[2]) : 300_000;
        int inferRows = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int cores = Runtime.getRuntime().availableProcessors();
        Files.createDirectories(results);

        SyntheticPixels synthetic = new SyntheticPixels(2024, 1.1);
        SampleTable train = synthetic.table(trainRows, 1);
        SampleTable test = synthetic.table(50_000, 2);
        float[] pixels = synthetic.pixels(inferRows, 3);
        writeData(results, train, pixels);

        long t0 = System.nanoTime();
        TrainedForest forest = new RandomForestTrainer(cores).train(train, ForestParams.defaults(1));
        double smileFit = (System.nanoTime() - t0) / 1e9;
        CompiledForest compiled = forest.compile();
        double accuracy = ForestEvaluator.evaluate(compiled, test).overallAccuracy();

        StringBuilder md = new StringBuilder();
        List<String> rows = new ArrayList<>();
        Rate previous = previousKernel(compiled, pixels, inferRows);
        Rate current = compiledProbabilities(compiled, pixels, inferRows);
        double previousOne = previous.wall();
        double compiledOne = current.wall();
        double compiledAll = compiledTopParallel(compiled, pixels, inferRows, cores, ParallelClassifier.DEFAULT_BLOCK);
        double compiledTopOne = compiledTopParallel(compiled, pixels, inferRows, 1, ParallelClassifier.DEFAULT_BLOCK);
        double smileOne = smilePredict(forest, pixels, 1);
        double smileAll = smilePredict(forest, pixels, cores);
        Map<?, ?> sk = sklearn(sklearnScript, results);
        double skRows = ((Number) sk.get("rows")).doubleValue();
        double skOne = skRows / ((Number) sk.get("predictProbaOneThreadSeconds")).doubleValue();
        double skAll = skRows / ((Number) sk.get("predictProbaAllCoresSeconds")).doubleValue();

        rows.add(row(
                "compiled forest, all class probabilities",
                compiledOne,
                "—",
                compiledOne / smileOne,
                compiledOne / skOne));
        rows.add(row(
                "compiled forest, class + top probability (tile path)",
                compiledTopOne,
                "—",
                compiledTopOne / smileOne,
                compiledTopOne / skOne));
        rows.add(row(
                "previous compiled kernel (16-byte nodes, 4-pixel lockstep, double sums; scores only)",
                previousOne,
                String.format(Locale.ROOT, "new ÷ previous: %.2f", compiledOne / previousOne),
                previousOne / smileOne,
                previousOne / skOne));
        rows.add(row("Smile 6.3 `RandomForest.vote` (probabilities)", smileOne, "—", 1, smileOne / skOne));
        rows.add(row("scikit-learn " + sk.get("version") + " `predict_proba`", skOne, "—", skOne / smileOne, 1));
        md.append(String.format(
                Locale.ROOT,
                "Model: 100 trees, gini, √15 = 3 features per split, unlimited depth, leaf size 1, "
                        + "trained on %,d **synthetic** pixels (15 features, 9 classes; `SyntheticPixels`, seed 2024). "
                        + "Smile forest: %,d split nodes, %,d leaves, %.1f MB compiled; holdout accuracy %.1f %% on 50,000 synthetic pixels. "
                        + "scikit-learn forest: %,d nodes.%n%n",
                trainRows,
                compiled.splitCount(),
                compiled.leafCount(),
                compiled.memoryBytes() / 1e6,
                100 * accuracy,
                ((Number) sk.get("nodes")).longValue()));
        md.append(String.format(
                Locale.ROOT,
                "### (a) Inference, pixels per second (%,d synthetic pixels; Smile on the first %,d)%n%n",
                inferRows,
                SMILE_ROWS));
        md.append("| engine | 1 thread px/s | | × Smile | × scikit-learn |\n|---|---:|---|---:|---:|\n");
        rows.forEach(md::append);
        double skCpu = skRows / ((Number) sk.get("predictProbaOneThreadCpuSeconds")).doubleValue();
        md.append(String.format(
                Locale.ROOT,
                "%nThe same single-thread runs by CPU time (the thread's, or the Python process's `process_time`), "
                        + "which a shared machine's load disturbs less than wall time:%n%n"
                        + "| engine, 1 thread | px per CPU-second | × previous kernel | × scikit-learn |%n|---|---:|---:|---:|%n"
                        + "| compiled forest, all class probabilities | %,.0f | %.2f | %.2f |%n"
                        + "| previous compiled kernel (scores only) | %,.0f | 1.00 | %.2f |%n"
                        + "| scikit-learn %s `predict_proba` | %,.0f | %.2f | 1.00 |%n",
                current.cpu(),
                current.cpu() / previous.cpu(),
                current.cpu() / skCpu,
                previous.cpu(),
                previous.cpu() / skCpu,
                sk.get("version"),
                skCpu,
                skCpu / previous.cpu()));
        md.append(String.format(Locale.ROOT, "%n| all %d cores | px/s |%n|---|---:|%n", cores));
        md.append(String.format(
                Locale.ROOT,
                "| compiled forest (ParallelClassifier, block %d) | %,.0f |%n",
                ParallelClassifier.DEFAULT_BLOCK,
                compiledAll));
        md.append(String.format(Locale.ROOT, "| Smile `vote`, %d threads | %,.0f |%n", cores, smileAll));
        md.append(String.format(Locale.ROOT, "| scikit-learn `predict_proba`, n_jobs=%d | %,.0f |%n%n", cores, skAll));
        md.append(blockSizes(compiled, pixels, inferRows));
        md.append(
                String.format(Locale.ROOT, "### (b) Training, same data and hyperparameters, all %d cores%n%n", cores));
        md.append(String.format(
                Locale.ROOT,
                "| Smile 6.3 (`RandomForestTrainer`) | %.1f s |%n|---|---:|%n| scikit-learn %s `fit` | %.1f s |%n%n",
                smileFit,
                sk.get("version"),
                ((Number) sk.get("fitSeconds")).doubleValue()));
        md.append(String.format(
                Locale.ROOT, "### (c) One Sentinel-2 tile (10980 × 10980 = 120.56 Mpx) on %d cores%n%n", cores));
        md.append(String.format(
                Locale.ROOT,
                "Compiled forest (class + top probability): %,.0f px/s → **%.0f s (%.1f min)** for the tile's "
                        + "inference (feature reads and COG encoding not included). Smile's predict: %.0f min; scikit-learn: %.0f min.%n",
                compiledAll,
                TILE_PIXELS / compiledAll,
                TILE_PIXELS / compiledAll / 60,
                TILE_PIXELS / smileAll / 60,
                TILE_PIXELS / skAll / 60));
        Files.writeString(results.resolve("30-inference.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static String row(String name, double pxPerSecond, String note, double vsSmile, double vsSklearn) {
        return String.format(
                Locale.ROOT, "| %s | %,.0f | %s | %.1f | %.2f |%n", name, pxPerSecond, note, vsSmile, vsSklearn);
    }

    /** Single thread, every class probability written (as predict_proba), best of 3 after warm-up. */
    private static Rate compiledProbabilities(CompiledForest forest, float[] pixels, int n) {
        int block = ParallelClassifier.DEFAULT_BLOCK;
        int p = forest.features().size();
        int k = forest.classCount();
        ForestPredictor predictor = forest.newPredictor(block);
        byte[] classes = new byte[block];
        float[] top = new float[block];
        float[] probs = new float[block * k];
        float[] chunk = new float[block * p];
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int rep = 0; rep < 4; rep++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            for (int start = 0; start < n; start += block) {
                int m = Math.min(block, n - start);
                System.arraycopy(pixels, start * p, chunk, 0, m * p);
                predictor.predict(chunk, m, forest.featureHash(), Predictions.withProbabilities(classes, top, probs));
            }
            best = rep == 0 ? best : Math.min(best, (System.nanoTime() - t) / 1e9);
            bestCpu = rep == 0 ? bestCpu : Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - c) / 1e9);
        }
        return new Rate(n / best, n / bestCpu);
    }

    /**
     * The kernel before the packed layout, same blocks, single thread, best of 3 after warm-up; its
     * scores are checked against the current kernel's classes so the baseline is doing the same work.
     */
    private static Rate previousKernel(CompiledForest forest, float[] pixels, int n) throws IOException {
        int block = ParallelClassifier.DEFAULT_BLOCK;
        int p = forest.features().size();
        int k = forest.classCount();
        PreviousKernel previous = new PreviousKernel(forest);
        double[] sums = new double[block * k];
        float[] chunk = new float[block * p];
        byte[] classes = new byte[block];
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int rep = 0; rep < 4; rep++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            for (int start = 0; start < n; start += block) {
                int m = Math.min(block, n - start);
                System.arraycopy(pixels, start * p, chunk, 0, m * p);
                previous.scores(chunk, m, sums);
            }
            best = rep == 0 ? best : Math.min(best, (System.nanoTime() - t) / 1e9);
            bestCpu = rep == 0 ? bestCpu : Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - c) / 1e9);
        }
        int m = Math.min(block, n);
        System.arraycopy(pixels, 0, chunk, 0, m * p);
        previous.scores(chunk, m, sums);
        forest.newPredictor(block).predict(chunk, m, forest.featureHash(), Predictions.of(classes, null, 0));
        for (int i = 0; i < m; i++) {
            int bestClass = 0;
            for (int c = 1; c < k; c++) {
                bestClass = sums[i * k + c] > sums[i * k + bestClass] ? c : bestClass;
            }
            if (forest.classCode(bestClass) != (classes[i] & 0xff)) {
                throw new IllegalStateException("previous and current kernels disagree on pixel " + i);
            }
        }
        return new Rate(n / best, n / bestCpu);
    }

    /** Planes as a raster holds them, classes + top probability, best of 3 after warm-up. */
    private static double compiledTopParallel(CompiledForest forest, float[] pixels, int n, int threads, int block)
            throws Exception {
        int p = forest.features().size();
        float[][] planes = new float[p][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                planes[j][i] = pixels[i * p + j];
            }
        }
        FeaturePlanes input = new FeaturePlanes(forest.features(), planes, n, OptionalDouble.empty(), null);
        byte[] classes = new byte[n];
        float[] top = new float[n];
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            ParallelClassifier classifier = new ParallelClassifier(forest, pool, threads, block);
            double best = Double.MAX_VALUE;
            for (int rep = 0; rep < 4; rep++) {
                long t = System.nanoTime();
                classifier.classify(input, classes, top);
                best = rep == 0 ? best : Math.min(best, (System.nanoTime() - t) / 1e9);
            }
            return n / best;
        }
    }

    private static String blockSizes(CompiledForest forest, float[] pixels, int n) throws Exception {
        StringBuilder md = new StringBuilder(
                "Block size (pixels per tree pass), compiled forest, 1 thread, class + top probability:\n\n| block | px/s |\n|---:|---:|\n");
        for (int block : new int[] {64, 512, 4096, 32768}) {
            md.append(String.format(
                    Locale.ROOT, "| %d | %,.0f |%n", block, compiledTopParallel(forest, pixels, n, 1, block)));
        }
        return md.append('\n').toString();
    }

    /** Smile's own predict with probabilities on the first rows, split over threads. */
    private static double smilePredict(TrainedForest forest, float[] pixels, int threads) throws Exception {
        int p = SyntheticPixels.FEATURES.length;
        int k = forest.classCodes().length;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            double best = Double.MAX_VALUE;
            for (int rep = 0; rep < 3; rep++) {
                long t = System.nanoTime();
                List<Future<?>> parts = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    int from = w * SMILE_ROWS / threads;
                    int to = (w + 1) * SMILE_ROWS / threads;
                    parts.add(pool.submit(() -> {
                        double[] probs = new double[k];
                        float[] row = new float[p];
                        for (int i = from; i < to; i++) {
                            System.arraycopy(pixels, i * p, row, 0, p);
                            forest.predictWithSmile(row, Voting.HARD, probs);
                        }
                    }));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
                best = rep == 0 ? best : Math.min(best, (System.nanoTime() - t) / 1e9);
            }
            return SMILE_ROWS / best;
        }
    }

    private static void writeData(Path dir, SampleTable train, float[] pixels) throws IOException {
        writeFloats(dir.resolve("train-x.f32"), train.values());
        ByteBuffer y = ByteBuffer.allocate(train.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < train.size(); i++) {
            y.putInt(train.classCode(i));
        }
        Files.write(dir.resolve("train-y.i32"), y.array());
        writeFloats(dir.resolve("infer-x.f32"), pixels);
    }

    private static void writeFloats(Path file, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(buffer.array());
        }
    }

    private static Map<?, ?> sklearn(Path script, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "/usr/bin/python3",
                        script.toString(),
                        dir.toString(),
                        Integer.toString(SyntheticPixels.FEATURES.length))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("scikit-learn benchmark failed: " + out);
        }
        return (Map<?, ?>) JsonReader.parse(out.strip());
    }
}
