package landcover.raster.grid;

/**
 * Nearest-neighbour resampling between two north-up grids of the same CRS, where the source column
 * of a target pixel depends on its column only and the source row on its row only: two index
 * tables, then a gather. Upsampling a 20 m band to 10 m this way costs about a nanosecond a pixel,
 * against ~5 ns for the general per-pixel mapping. Positions are computed with the same formulas as
 * {@link PixelMapping}, so both paths pick the same pixels.
 */
final class SeparableNearest {
    private SeparableNearest() {}

    static void warp(float[] plane, GridGeometry source, GridGeometry target, float[] out, float fill) {
        GeoTransform t = target.transform();
        GeoTransform s = source.transform();
        int[] cols = new int[target.width()];
        for (int c = 0; c < cols.length; c++) {
            double x = t.x(c + 0.5, 0.5);
            double y = t.y(c + 0.5, 0.5);
            cols[c] = index(s.col(x, y), source.width());
        }
        for (int r = 0; r < target.height(); r++) {
            double x = t.x(0.5, r + 0.5);
            double y = t.y(0.5, r + 0.5);
            int row = index(s.row(x, y), source.height());
            int base = r * cols.length;
            if (row < 0) {
                java.util.Arrays.fill(out, base, base + cols.length, fill);
                continue;
            }
            int sourceBase = row * source.width();
            for (int c = 0; c < cols.length; c++) {
                int col = cols[c];
                out[base + c] = col < 0 ? fill : plane[sourceBase + col];
            }
        }
    }

    /** The pixel index holding a fractional position, or −1 outside {@code [0, size)}. */
    private static int index(double position, int size) {
        double f = Math.floor(position);
        return f >= 0 && f < size ? (int) f : -1;
    }
}
