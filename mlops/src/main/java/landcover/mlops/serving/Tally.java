package landcover.mlops.serving;

/**
 * What one worker counted while classifying: AOI pixels per area cell and class column (column 0 is
 * nodata, column c + 1 the forest's class c), and the sum of the top-class probabilities of the
 * classified pixels. Not thread-safe: one per worker, merged at the end.
 */
final class Tally {
    private final int columns;
    private final long[] counts;
    private double sumTop;

    Tally(int cells, int classCount) {
        this.columns = classCount + 1;
        this.counts = new long[cells * columns];
    }

    void count(int cell, int column) {
        counts[cell * columns + column]++;
    }

    void addTop(float top) {
        sumTop += top;
    }

    /** Adds another worker's counts to this one. */
    void merge(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        sumTop += other.sumTop;
    }

    int columns() {
        return columns;
    }

    int cells() {
        return counts.length / columns;
    }

    long get(int cell, int column) {
        return counts[cell * columns + column];
    }

    double sumTop() {
        return sumTop;
    }
}
