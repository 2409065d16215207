package landcover.raster.grid;

import java.util.Arrays;
import java.util.List;

/**
 * Even-odd scanline fill of polygon rings given in pixel coordinates, with GDAL's rule for which
 * pixels are inside (gdal_rasterize without ALL_TOUCHED, alg/llrasterize.cpp):
 *
 * <ul>
 *   <li>each row is sampled along its line of pixel centres, {@code y = row + 0.5};
 *   <li>an edge crosses that line when {@code ylow <= y < yhigh} (half-open, so a vertex on the line
 *       counts once);
 *   <li>each crossing x is rounded to a pixel boundary, {@code floor(x + 0.5)}, and between
 *       consecutive pairs of sorted crossings the columns {@code [a, b)} are filled: a pixel is in
 *       when {@code xa < col + 0.5 <= xb};
 *   <li>a horizontal edge lying exactly on the line of centres is filled on its own when it runs
 *       towards smaller x once its ring is oriented clockwise in CRS coordinates, as GDAL orients
 *       every ring before filling: so the southern edge of a shell on a north-up grid is filled, a
 *       hole's northern edge is not (it only matters for edges placed exactly on centres).
 * </ul>
 *
 * Intersections use GDAL's formula in the same operand order, in pixel coordinates of the whole
 * grid (not of the window), so the arithmetic matches GDAL's. Work is proportional to the number of
 * edge/row crossings plus the filled pixels: no per-pixel point-in-polygon test.
 */
final class ScanlineFill {
    private ScanlineFill() {}

    /**
     * Fills the rings (interleaved col,row, implicitly closed) into a row-major mask over {@code
     * window}; 1 = inside.
     */
    static byte[] fill(List<double[]> rings, PixelWindow window, GeoTransform transform) {
        byte[] mask = new byte[Math.toIntExact(window.pixelCount())];
        if (window.isEmpty()) {
            return mask;
        }
        int[] offsets = crossingOffsets(rings, window);
        int[] crossings = new int[offsets[window.height()]];
        int[] cursor = Arrays.copyOf(offsets, window.height());
        // A ring clockwise in CRS coordinates has a pixel-space shoelace area of the opposite sign
        // to the transform's determinant (negative for north-up grids).
        double determinant =
                transform.pixelWidth() * transform.pixelHeight() - transform.rotationX() * transform.rotationY();
        for (double[] ring : rings) {
            boolean reversed = (signedArea(ring) > 0) == (determinant > 0);
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = i == 0 ? n - 1 : i - 1;
                addCrossings(ring, j, i, window, crossings, cursor);
                horizontalEdge(ring, reversed ? i : j, reversed ? j : i, window, mask);
            }
        }
        for (int r = 0; r < window.height(); r++) {
            Arrays.sort(crossings, offsets[r], offsets[r + 1]);
            for (int k = offsets[r]; k + 1 < offsets[r + 1]; k += 2) {
                fillSpan(mask, window, r, crossings[k], crossings[k + 1]);
            }
        }
        return mask;
    }

    /** Prefix sums of the number of crossings per window row (length height + 1). */
    private static int[] crossingOffsets(List<double[]> rings, PixelWindow window) {
        int[] offsets = new int[window.height() + 1];
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = i == 0 ? n - 1 : i - 1;
                double ya = ring[2 * j + 1];
                double yb = ring[2 * i + 1];
                if (ya != yb) {
                    int from = firstRowAtOrAbove(Math.min(ya, yb), window);
                    int to = firstRowAtOrAbove(Math.max(ya, yb), window);
                    for (int r = from; r < to; r++) {
                        offsets[r - window.row() + 1]++;
                    }
                }
            }
        }
        for (int r = 0; r < window.height(); r++) {
            offsets[r + 1] += offsets[r];
        }
        return offsets;
    }

    /** The first row (clamped to the window) whose centre line {@code row + 0.5} is at or past {@code y}. */
    private static int firstRowAtOrAbove(double y, PixelWindow window) {
        double guess = Math.ceil(y - 0.5);
        if (!(guess > window.row())) {
            return window.row();
        }
        if (guess >= window.endRow()) {
            return window.endRow();
        }
        int row = (int) guess;
        // y - 0.5 may round; settle the half-open comparison exactly as GDAL makes it.
        while (row > window.row() && row - 1 + 0.5 >= y) {
            row--;
        }
        while (row < window.endRow() && row + 0.5 < y) {
            row++;
        }
        return row;
    }

    private static double signedArea(double[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
        }
        return sum / 2;
    }

    private static void addCrossings(
            double[] ring, int from, int to, PixelWindow window, int[] crossings, int[] cursor) {
        double y1 = ring[2 * from + 1];
        double y2 = ring[2 * to + 1];
        if (y1 == y2) {
            return;
        }
        double dx1 = y1 < y2 ? ring[2 * from] : ring[2 * to];
        double dx2 = y1 < y2 ? ring[2 * to] : ring[2 * from];
        double dy1 = Math.min(y1, y2);
        double dy2 = Math.max(y1, y2);
        int end = firstRowAtOrAbove(dy2, window);
        for (int r = firstRowAtOrAbove(dy1, window); r < end; r++) {
            double dy = r + 0.5;
            double intersect = (dy - dy1) * (dx2 - dx1) / (dy2 - dy1) + dx1;
            crossings[cursor[r - window.row()]++] = (int) Math.floor(intersect + 0.5);
        }
    }

    private static void horizontalEdge(double[] ring, int from, int to, PixelWindow window, byte[] mask) {
        double y = ring[2 * from + 1];
        if (y != ring[2 * to + 1]) {
            return;
        }
        double row = y - 0.5;
        if (row != Math.rint(row) || row < window.row() || row >= window.endRow()) {
            return;
        }
        double xFrom = ring[2 * from];
        double xTo = ring[2 * to];
        if (xFrom > xTo) {
            int a = (int) Math.floor(xTo + 0.5);
            int b = (int) Math.floor(xFrom + 0.5);
            fillSpan(mask, window, (int) row - window.row(), a, b);
        }
    }

    /** Sets columns {@code [a, b)} (grid columns) of window row {@code r}, clipped to the window. */
    private static void fillSpan(byte[] mask, PixelWindow window, int r, int a, int b) {
        int from = Math.max(a, window.col());
        int to = Math.min(b, window.endCol());
        if (from < to) {
            int base = r * window.width() - window.col();
            Arrays.fill(mask, base + from, base + to, (byte) 1);
        }
    }
}
