package landcover.mlops.train;

import java.util.Arrays;
import landcover.mlops.MlopsException;

/**
 * Counts of (reference class, predicted class) pairs. <b>Rows are the reference</b> (ground truth)
 * and <b>columns the prediction</b>, both in ascending class-code order — the orientation under which
 * a row's diagonal share is the producer's accuracy (recall) and a column's the user's accuracy
 * (precision). Immutable.
 */
public final class ConfusionMatrix {
    private final int[] codes;
    private final long[] counts;

    private ConfusionMatrix(int[] codes, long[] counts) {
        this.codes = codes;
        this.counts = counts;
    }

    /**
     * Tallies pairs.
     *
     * @param codes the class codes to lay out, ascending; every code in the pairs must be among them
     * @param reference the true class code of each sample
     * @param predicted the predicted class code of each sample
     */
    public static ConfusionMatrix of(int[] codes, int[] reference, int[] predicted) {
        if (reference.length != predicted.length) {
            throw new IllegalArgumentException(reference.length + " references, " + predicted.length + " predictions");
        }
        int[] sorted = codes.clone();
        Arrays.sort(sorted);
        long[] counts = new long[sorted.length * sorted.length];
        for (int i = 0; i < reference.length; i++) {
            counts[index(sorted, reference[i]) * sorted.length + index(sorted, predicted[i])]++;
        }
        return new ConfusionMatrix(sorted, counts);
    }

    private static int index(int[] codes, int code) {
        int i = Arrays.binarySearch(codes, code);
        if (i < 0) {
            throw new MlopsException("class " + code + " is not among the evaluated classes " + Arrays.toString(codes));
        }
        return i;
    }

    /** Number of classes (rows = columns). */
    public int size() {
        return codes.length;
    }

    /** The class code of row and column {@code index}. */
    public int code(int index) {
        return codes[index];
    }

    /** The class codes, ascending (a copy). */
    public int[] codes() {
        return codes.clone();
    }

    /** Samples of reference class index {@code row} predicted as class index {@code column}. */
    public long count(int row, int column) {
        return counts[row * codes.length + column];
    }

    /** Samples whose reference class is index {@code row} (the class's support). */
    public long rowTotal(int row) {
        long sum = 0;
        for (int c = 0; c < codes.length; c++) {
            sum += count(row, c);
        }
        return sum;
    }

    /** Samples predicted as class index {@code column}. */
    public long columnTotal(int column) {
        long sum = 0;
        for (int r = 0; r < codes.length; r++) {
            sum += count(r, column);
        }
        return sum;
    }

    /** All samples. */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** Correctly classified samples. */
    public long diagonal() {
        long sum = 0;
        for (int i = 0; i < codes.length; i++) {
            sum += count(i, i);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && Arrays.equals(codes, m.codes) && Arrays.equals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.toString(codes) + Arrays.toString(counts);
    }
}
