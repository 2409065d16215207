package landcover.mlops.inference;

import java.util.Arrays;
import landcover.mlops.MlopsException;

/**
 * Classifies blocks of pixels with one {@link CompiledForest}, tree by tree so each tree's nodes stay
 * in cache while the whole block passes through it. Owns its scratch memory ({@code maxPixels × (8 ×
 * classes + 4)} bytes): <b>not thread-safe</b>, use one per thread.
 */
public final class ForestPredictor {
    private final CompiledForest forest;
    private final int[] nodes;
    private final double[] leaves;
    private final int[] roots;
    private final int[] codes;
    private final int p;
    private final int k;
    private final int maxPixels;
    private final int[] valid;
    private final double[] sums;

    ForestPredictor(CompiledForest forest, int maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("block size " + maxPixels);
        }
        this.forest = forest;
        this.nodes = forest.nodes();
        this.leaves = forest.leaves();
        this.roots = forest.roots();
        this.codes = forest.codes();
        this.p = forest.features().size();
        this.k = forest.classCount();
        this.maxPixels = maxPixels;
        this.valid = new int[maxPixels];
        this.sums = new double[maxPixels * k];
    }

    /** The forest this predictor runs. */
    public CompiledForest forest() {
        return forest;
    }

    /** The largest block this predictor accepts. */
    public int maxPixels() {
        return maxPixels;
    }

    /**
     * Classifies one block. Pixels with any NaN feature are nodata: class 0, probabilities 0.
     *
     * @param x pixel-interleaved features: feature j of pixel i at {@code x[i * featureCount + j]}, in
     *     {@link CompiledForest#features()} order
     * @param pixels pixels in the block, at most {@link #maxPixels()}
     * @param featureHash {@link FeatureSchema#hash()} of the order the caller assembled {@code x} in
     * @param out where the classes and probabilities go
     * @throws MlopsException if the feature order differs from the forest's
     */
    public void predict(float[] x, int pixels, long featureHash, Predictions out) {
        if (featureHash != forest.featureHash()) {
            throw new MlopsException("pixel features are not in the model's feature order "
                    + forest.features().names());
        }
        if (pixels < 0 || pixels > maxPixels || x.length < pixels * p || out.classes().length < out.offset() + pixels) {
            throw new IllegalArgumentException(pixels + " pixels do not fit the block or output arrays");
        }
        if (out.probabilities() != null && out.probabilities().length < pixels * k) {
            throw new IllegalArgumentException("probability array too short for " + pixels + " pixels");
        }
        int n = collectValid(x, pixels);
        Arrays.fill(sums, 0, n * k, 0.0);
        for (int root : roots) {
            accumulateTree(x, root, n);
        }
        write(n, pixels, out);
    }

    /** Lists the pixels without NaN features in {@code valid}; returns how many. */
    private int collectValid(float[] x, int pixels) {
        int n = 0;
        for (int i = 0; i < pixels; i++) {
            int base = i * p;
            boolean ok = true;
            for (int j = 0; j < p; j++) {
                ok &= !Float.isNaN(x[base + j]);
            }
            valid[n] = i;
            n += ok ? 1 : 0;
        }
        return n;
    }

    /*
     * The kernel. Layout: nodes holds 4 ints per split node, numbered breadth-first per tree —
     * [feature, threshold as float bits, ref if x <= threshold, ref otherwise]. A ref >= 0 is a split
     * node; a ref < 0 is ~row, a row of k doubles in leaves (1 for the voted class, or tree weight ×
     * smoothed class frequency: the exact double Smile adds). Pixel valid[v]'s features start at
     * x[valid[v] * p]; its k running sums at sums[v * k].
     * Invariants (checked when the forest was built or read): every child ref is greater than its
     * parent's, so each walk ends; features < p; thresholds are the largest floats <= Smile's double
     * thresholds, so float compares decide exactly as Smile's double compares. Sums are added tree by
     * tree in model order, as Smile adds them, so they match bit for bit.
     * Speed: a walk is a chain of dependent loads; four pixels walk the tree together so their chains
     * overlap (about 2x over one walk at a time when tuning on a 100-tree model; the benchmark in
     * bench/ measures the result). No allocation or boxing.
     */
    private void accumulateTree(float[] x, int root, int n) {
        final int[] nodes = this.nodes;
        final int[] valid = this.valid;
        final int p = this.p;
        int v = 0;
        for (; v + 4 <= n; v += 4) {
            final int b0 = valid[v] * p, b1 = valid[v + 1] * p, b2 = valid[v + 2] * p, b3 = valid[v + 3] * p;
            int r0 = root, r1 = root, r2 = root, r3 = root;
            while ((r0 & r1 & r2 & r3) >= 0) { // until all four refs are leaves (negative)
                r0 = step(nodes, x, b0, r0);
                r1 = step(nodes, x, b1, r1);
                r2 = step(nodes, x, b2, r2);
                r3 = step(nodes, x, b3, r3);
            }
            add(v, r0);
            add(v + 1, r1);
            add(v + 2, r2);
            add(v + 3, r3);
        }
        for (; v < n; v++) {
            int ref = root;
            while (ref >= 0) {
                ref = step(nodes, x, valid[v] * p, ref);
            }
            add(v, ref);
        }
    }

    /** One level down from split node {@code ref}; a leaf ref stays where it is. */
    private static int step(int[] nodes, float[] x, int base, int ref) {
        if (ref < 0) {
            return ref;
        }
        int o = ref << 2;
        return nodes[o + (x[base + nodes[o]] <= Float.intBitsToFloat(nodes[o + 1]) ? 2 : 3)];
    }

    /** Adds leaf row {@code ~ref} to valid pixel v's sums. */
    private void add(int v, int ref) {
        final int row = ~ref * k;
        final int s = v * k;
        for (int c = 0; c < k; c++) {
            sums[s + c] += leaves[row + c];
        }
    }

    /**
     * Normalises each valid pixel's sums to probabilities (divided by their sum, as Smile's {@code
     * MathEx.unitize1}) and picks the first highest (as {@code MathEx.whichMax}); nodata gets zeros.
     */
    private void write(int n, int pixels, Predictions out) {
        byte[] classes = out.classes();
        float[] top = out.top();
        float[] probs = out.probabilities();
        int offset = out.offset();
        Arrays.fill(classes, offset, offset + pixels, (byte) 0);
        if (top != null) {
            Arrays.fill(top, offset, offset + pixels, 0f);
        }
        if (probs != null) {
            Arrays.fill(probs, 0, pixels * k, 0f);
        }
        for (int v = 0; v < n; v++) {
            int s = v * k;
            double norm = 0;
            for (int c = 0; c < k; c++) {
                norm += Math.abs(sums[s + c]);
            }
            int best = 0;
            double bestP = Double.NEGATIVE_INFINITY;
            int px = valid[v];
            for (int c = 0; c < k; c++) {
                double prob = sums[s + c] / norm;
                if (prob > bestP) {
                    bestP = prob;
                    best = c;
                }
                if (probs != null) {
                    probs[px * k + c] = (float) prob;
                }
            }
            classes[offset + px] = (byte) codes[best];
            if (top != null) {
                top[offset + px] = (float) bestP;
            }
        }
    }
}
