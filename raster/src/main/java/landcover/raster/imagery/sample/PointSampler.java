package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws validated points from a true class map the way a field campaign would: stratified by
 * class, each point at a pixel centre whose 3 × 3 neighbourhood is all the same class (the label
 * covers that neighbourhood), points at least {@value #SPACING} pixels apart, in an order fixed by a
 * hash of the seed and the position, so the same inputs give the same points.
 */
final class PointSampler {
    static final int SPACING = 6;

    /** A sampled location: pixel column and row on the sample grid, and its class code. */
    record Point(int col, int row, int classCode) {}

    private final long seed;
    private final byte[] classes;

    /**
     * @param seed the sampling seed
     * @param classes class codes per pixel of the sample grid
     */
    PointSampler(long seed, byte[] classes) {
        this.seed = seed;
        this.classes = classes;
    }

    /**
     * Up to {@code perClass} points of each class among the pixels {@code eligible} accepts, away
     * from {@code avoid} (points already taken).
     */
    List<Point> sample(int perClass, Eligible eligible, List<Point> avoid) {
        boolean[] taken = new boolean[SIZE * SIZE];
        avoid.forEach(p -> mark(taken, p));
        List<Point> out = new ArrayList<>();
        for (int code = 1; code <= 9; code++) {
            List<Point> candidates = candidates(code, eligible);
            int chosen = 0;
            for (Point p : candidates) {
                if (chosen == perClass) {
                    break;
                }
                if (!taken[p.row() * SIZE + p.col()]) {
                    out.add(p);
                    mark(taken, p);
                    chosen++;
                }
            }
        }
        out.sort(Comparator.comparingInt(Point::row).thenComparingInt(Point::col));
        return out;
    }

    /** Which pixels may carry a point. */
    interface Eligible {
        boolean test(int index);
    }

    /**
     * The class's eligible homogeneous pixels in hash order. Keys pack the hash's top 44 bits above
     * the 20-bit pixel index (the grid has fewer than 2^20 pixels), so one primitive sort orders them.
     */
    private List<Point> candidates(int code, Eligible eligible) {
        long[] keys = new long[SIZE * SIZE];
        int n = 0;
        for (int row = 2; row < SIZE - 2; row++) {
            for (int col = 2; col < SIZE - 2; col++) {
                int i = row * SIZE + col;
                if (classes[i] == code && eligible.test(i) && homogeneous(col, row, code)) {
                    keys[n++] = (Noises.hash(seed, col, row) >>> 20) << 20 | i;
                }
            }
        }
        long[] sorted = java.util.Arrays.copyOf(keys, n);
        java.util.Arrays.sort(sorted);
        List<Point> out = new ArrayList<>(n);
        for (long k : sorted) {
            int i = (int) (k & 0xFFFFF);
            out.add(new Point(i % SIZE, i / SIZE, code));
        }
        return out;
    }

    private boolean homogeneous(int col, int row, int code) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (classes[(row + dy) * SIZE + col + dx] != code) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, Point p) {
        for (int dy = -SPACING + 1; dy < SPACING; dy++) {
            for (int dx = -SPACING + 1; dx < SPACING; dx++) {
                int r = p.row() + dy;
                int c = p.col() + dx;
                if (r >= 0 && r < SIZE && c >= 0 && c < SIZE) {
                    taken[r * SIZE + c] = true;
                }
            }
        }
    }
}
