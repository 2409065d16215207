package landcover.mlops.inference;

import java.util.Arrays;
import landcover.mlops.MlopsException;

/**
 * A trained random forest flattened into primitive arrays for fast, allocation-free classification.
 * Immutable and thread-safe: share one instance between threads and give each thread its own
 * {@link ForestPredictor} ({@link #newPredictor(int)}).
 *
 * <p>A pixel's class scores are the sums, over the trees in order, of the leaf rows it reaches; its
 * class probabilities are the scores divided by their sum, and its class is the first class with the
 * highest probability. This is exactly how Smile's {@code RandomForest.predict(x, posteriori)} works
 * (leaf rows hold the tree's weight times the leaf's smoothed class frequencies), so forests compiled
 * from Smile predict identically to it.
 *
 * <p>Memory: {@link #memoryBytes()} = 16 bytes per split node (the stored form, {@link ForestFormat})
 * + 8 bytes per node, split or leaf, of the kernel's layout ({@code PackedTrees}: about 16 bytes per
 * split node) + 8 × classes bytes per distinct leaf row + 4 bytes per tree. Obtain instances from {@link ForestBuilder} or {@link ForestFormat#read}.
 */
public final class CompiledForest {
    /** Ints per split node: feature, threshold bits, low ref, high ref. */
    static final int NODE_INTS = 4;

    private final FeatureSchema features;
    private final long featureHash;
    private final int[] classCodes;
    private final int[] roots;
    private final int[] nodes;
    private final double[] leaves;
    private final int leafCount;
    private final long[][] packed;
    private final int[] voteClasses;

    CompiledForest(FeatureSchema features, int[] classCodes, int[] roots, int[] nodes, double[] leaves, int leafCount) {
        this.features = features;
        this.featureHash = features.hash();
        this.classCodes = classCodes;
        this.roots = roots;
        this.nodes = nodes;
        this.leaves = leaves;
        this.leafCount = leafCount;
        validate();
        this.packed = PackedTrees.pack(roots, nodes, features.size(), leaves.length / classCodes.length);
        this.voteClasses = PackedTrees.oneHotClasses(leaves, classCodes.length);
    }

    /**
     * Checks what the kernel relies on: every reference in range, every child numbered after its
     * parent (so every walk ends), features in range, thresholds not NaN, leaf values finite and
     * non-negative. A damaged model file fails here rather than looping or reading out of bounds.
     */
    private void validate() {
        int splitCount = nodes.length / NODE_INTS;
        int rows = leaves.length / classCodes.length;
        if (nodes.length % NODE_INTS != 0 || leaves.length % classCodes.length != 0 || roots.length == 0) {
            throw new MlopsException("damaged forest: array sizes do not match");
        }
        for (int root : roots) {
            checkRef(root, -1, splitCount, rows);
        }
        for (int n = 0; n < splitCount; n++) {
            int o = n * NODE_INTS;
            if (nodes[o] < 0 || nodes[o] >= features.size() || Float.isNaN(Float.intBitsToFloat(nodes[o + 1]))) {
                throw new MlopsException("damaged forest: split node " + n + " has a bad feature or threshold");
            }
            checkRef(nodes[o + 2], n, splitCount, rows);
            checkRef(nodes[o + 3], n, splitCount, rows);
        }
        for (double v : leaves) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new MlopsException("damaged forest: leaf value " + v);
            }
        }
    }

    private static void checkRef(int ref, int parent, int splitCount, int rows) {
        boolean ok = ref >= 0 ? ref > parent && ref < splitCount : ~ref < rows;
        if (!ok) {
            throw new MlopsException("damaged forest: reference " + ref + " from node " + parent);
        }
    }

    /** A predictor for blocks of up to {@code maxPixels} pixels, owning its scratch memory. */
    public ForestPredictor newPredictor(int maxPixels) {
        return new ForestPredictor(this, maxPixels);
    }

    /** The features the forest reads, in pixel order. */
    public FeatureSchema features() {
        return features;
    }

    /** {@link FeatureSchema#hash()} of {@link #features()}, computed once. */
    public long featureHash() {
        return featureHash;
    }

    /** Number of classes (probability columns). */
    public int classCount() {
        return classCodes.length;
    }

    /** The class code of probability column {@code index}. */
    public int classCode(int index) {
        return classCodes[index];
    }

    /** The class codes of the probability columns, ascending (a copy). */
    public int[] classCodes() {
        return classCodes.clone();
    }

    /** Number of trees. */
    public int treeCount() {
        return roots.length;
    }

    /** Number of split (internal) nodes over all trees. */
    public int splitCount() {
        return nodes.length / NODE_INTS;
    }

    /** Number of leaves over all trees. */
    public int leafCount() {
        return leafCount;
    }

    /** Number of distinct leaf rows stored (identical rows are shared). */
    public int leafRowCount() {
        return leaves.length / classCodes.length;
    }

    /** Bytes held by the arrays (see the class comment). */
    public long memoryBytes() {
        long packedBytes = 0;
        for (long[] tree : packed) {
            packedBytes += 8L * tree.length;
        }
        return 4L * nodes.length + packedBytes + 8L * leaves.length + 4L * roots.length + 4L * classCodes.length;
    }

    /** The kernel's layout, one array per tree ({@link PackedTrees}). */
    long[][] packed() {
        return packed;
    }

    /** The class of each leaf row when every row is one vote (hard voting), else null. */
    int[] voteClasses() {
        return voteClasses;
    }

    int[] nodes() {
        return nodes;
    }

    double[] leaves() {
        return leaves;
    }

    int[] roots() {
        return roots;
    }

    int[] codes() {
        return classCodes;
    }

    /** Same features, classes, trees and numbers, bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledForest f
                && features.equals(f.features)
                && Arrays.equals(classCodes, f.classCodes)
                && Arrays.equals(roots, f.roots)
                && Arrays.equals(nodes, f.nodes)
                && Arrays.equals(leaves, f.leaves)
                && leafCount == f.leafCount;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nodes) * 31 + Arrays.hashCode(roots);
    }

    @Override
    public String toString() {
        return "CompiledForest[" + roots.length + " trees, " + splitCount() + " splits, " + leafRowCount()
                + " leaf rows, " + features.size() + " features, classes " + Arrays.toString(classCodes) + "]";
    }
}
