package landcover.mlops.inference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import landcover.mlops.MlopsException;

/**
 * Assembles a {@link CompiledForest} from trees given node by node, children before parents (the
 * order a recursive walk of a trained tree produces). {@link #build()} renumbers every tree's split
 * nodes breadth-first, so the top levels of a tree share cache lines and every child sits after its
 * parent, and stores identical leaf rows once. Not thread-safe; use once.
 */
public final class ForestBuilder {
    private final FeatureSchema features;
    private final int[] classCodes;
    private final List<int[]> splits = new ArrayList<>();
    private final List<Float> thresholds = new ArrayList<>();
    private final List<double[]> leafRows = new ArrayList<>();
    private final Map<RowKey, Integer> leafIndex = new HashMap<>();
    private final List<Integer> roots = new ArrayList<>();
    private int leafCount;

    /**
     * @param features the features the trees split on, in pixel order
     * @param classCodes the class code of each probability column, ascending, each 1-255
     */
    public ForestBuilder(FeatureSchema features, int[] classCodes) {
        this.features = features;
        this.classCodes = classCodes.clone();
        if (classCodes.length == 0) {
            throw new MlopsException("a forest needs at least one class");
        }
        for (int i = 0; i < classCodes.length; i++) {
            if (classCodes[i] < 1 || classCodes[i] > 255 || (i > 0 && classCodes[i] <= classCodes[i - 1])) {
                throw new MlopsException("class codes must ascend within 1-255: " + Arrays.toString(classCodes));
            }
        }
    }

    /**
     * Adds a leaf and returns its reference (negative).
     *
     * @param values what the leaf adds to each class's score, in class-code order: the tree's weight
     *     times the leaf's class probability; finite and non-negative
     */
    public int leaf(double[] values) {
        if (values.length != classCodes.length) {
            throw new IllegalArgumentException(values.length + " leaf values for " + classCodes.length + " classes");
        }
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("leaf value " + v + " is not finite and non-negative");
            }
        }
        leafCount++;
        double[] row = values.clone();
        Integer index = leafIndex.computeIfAbsent(new RowKey(row), key -> {
            leafRows.add(row);
            return leafRows.size() - 1;
        });
        return ~index;
    }

    /**
     * Adds a split node and returns its reference (non-negative).
     *
     * @param feature index into the feature schema
     * @param threshold pixels with {@code value <= threshold} go to {@code lowRef}, others (and NaN)
     *     to {@code highRef}
     * @param lowRef a reference returned earlier by this builder
     * @param highRef a reference returned earlier by this builder
     */
    public int split(int feature, float threshold, int lowRef, int highRef) {
        if (feature < 0 || feature >= features.size()) {
            throw new IllegalArgumentException("feature " + feature + " outside 0-" + (features.size() - 1));
        }
        if (Float.isNaN(threshold)) {
            throw new IllegalArgumentException("NaN threshold");
        }
        checkRef(lowRef);
        checkRef(highRef);
        splits.add(new int[] {feature, lowRef, highRef});
        thresholds.add(threshold);
        return splits.size() - 1;
    }

    /** Ends a tree whose root is {@code rootRef}; trees are summed in the order they are added. */
    public void addTree(int rootRef) {
        checkRef(rootRef);
        roots.add(rootRef);
    }

    /** The forest; its split nodes are renumbered breadth-first per tree. */
    public CompiledForest build() {
        if (roots.isEmpty()) {
            throw new MlopsException("a forest needs at least one tree");
        }
        int[] nodes = new int[splits.size() * CompiledForest.NODE_INTS];
        int[] newIndex = new int[splits.size()];
        Arrays.fill(newIndex, -1);
        int[] newRoots = new int[roots.size()];
        int next = 0;
        for (int t = 0; t < roots.size(); t++) {
            int root = roots.get(t);
            newRoots[t] = root < 0 ? root : next;
            next = root < 0 ? next : renumber(root, nodes, newIndex, next);
        }
        if (next != splits.size()) {
            throw new MlopsException("the trees use " + next + " of " + splits.size() + " split nodes");
        }
        double[] leaves = new double[leafRows.size() * classCodes.length];
        for (int r = 0; r < leafRows.size(); r++) {
            System.arraycopy(leafRows.get(r), 0, leaves, r * classCodes.length, classCodes.length);
        }
        return new CompiledForest(features, classCodes, newRoots, nodes, leaves, leafCount);
    }

    /**
     * Writes one tree breadth-first from slot {@code first} (iteratively: trees may be deeper than
     * the stack allows); returns the next free slot.
     */
    private int renumber(int root, int[] nodes, int[] newIndex, int first) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(root);
        newIndex[root] = first;
        int assigned = first + 1;
        while (!queue.isEmpty()) {
            int old = queue.poll();
            int[] s = splits.get(old);
            int o = newIndex[old] * CompiledForest.NODE_INTS;
            nodes[o] = s[0];
            nodes[o + 1] = Float.floatToRawIntBits(thresholds.get(old));
            for (int side = 1; side <= 2; side++) {
                int child = s[side];
                if (child >= 0) {
                    if (newIndex[child] >= 0) {
                        throw new MlopsException("split node " + child + " is reachable twice");
                    }
                    newIndex[child] = assigned++;
                    queue.add(child);
                }
                nodes[o + 1 + side] = child >= 0 ? newIndex[child] : child;
            }
        }
        return assigned;
    }

    private void checkRef(int ref) {
        if (ref >= splits.size() || (ref < 0 && ~ref >= leafRows.size())) {
            throw new IllegalArgumentException("reference " + ref + " was not returned by this builder");
        }
    }

    /** A leaf row compared by value, for sharing identical rows. */
    private record RowKey(double[] row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey other && Arrays.equals(row, other.row);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(row);
        }
    }
}
