package landcover.raster.grid;

import java.util.Objects;
import java.util.OptionalDouble;
import landcover.raster.Raster;

/**
 * Resamples a raster onto another grid, in the same or another CRS ("warping", as gdalwarp does):
 * each target pixel takes its value from where its centre falls in the source (see {@link
 * Resampling}). Target pixels outside the source, or whose source is nodata, get the source's nodata
 * value (NaN when it has none). Stateless and thread-safe.
 */
public final class WarpOp {
    private WarpOp() {}

    /**
     * The source resampled onto {@code target}: same band names, data type and nodata.
     *
     * @param source the raster to resample; its nodata value (and NaN) marks missing samples
     * @param target the grid to fill
     * @param resampling nearest or bilinear
     */
    public static Raster apply(Raster source, GridGeometry target, Resampling resampling) {
        Objects.requireNonNull(resampling, "resampling");
        if (source.grid().equals(target)) {
            return source;
        }
        float fill = fillValue(source.nodata());
        float[][] out = new float[source.bandCount()][Math.toIntExact(target.pixelCount())];
        if (resampling == Resampling.NEAREST && isSeparable(source.grid(), target)) {
            for (int b = 0; b < out.length; b++) {
                SeparableNearest.warp(source.band(b), source.grid(), target, out[b], fill);
            }
            return new Raster(target, source.dataType(), source.bandNames(), out, source.nodata());
        }
        PixelMapping mapping = new PixelMapping(source.grid(), target);
        double[] cols = new double[target.width()];
        double[] rows = new double[target.width()];
        for (int r = 0; r < target.height(); r++) {
            mapping.row(r, cols, rows);
            for (int b = 0; b < out.length; b++) {
                if (resampling == Resampling.NEAREST) {
                    nearestRow(source, b, cols, rows, out[b], r * target.width(), fill);
                } else {
                    BilinearKernel.row(source, b, cols, rows, out[b], r * target.width(), fill);
                }
            }
        }
        return new Raster(target, source.dataType(), source.bandNames(), out, source.nodata());
    }

    /** Same CRS and both north-up: a source column depends on the target column only, rows likewise. */
    private static boolean isSeparable(GridGeometry source, GridGeometry target) {
        return source.crs().equals(target.crs())
                && source.transform().isNorthUp()
                && target.transform().isNorthUp();
    }

    static float fillValue(OptionalDouble nodata) {
        return nodata.isPresent() ? (float) nodata.getAsDouble() : Float.NaN;
    }

    private static void nearestRow(
            Raster source, int band, double[] cols, double[] rows, float[] out, int offset, float fill) {
        float[] plane = source.band(band);
        int width = source.width();
        int height = source.height();
        for (int c = 0; c < cols.length; c++) {
            // floor, not a cast: positions left of the grid must not truncate to column 0.
            double fc = Math.floor(cols[c]);
            double fr = Math.floor(rows[c]);
            out[offset + c] =
                    fc >= 0 && fc < width && fr >= 0 && fr < height ? plane[(int) fr * width + (int) fc] : fill;
        }
    }

    /**
     * The window of {@code source} that covers {@code target}, with one pixel of margin (enough for
     * both resamplings), clipped to the source; empty when they do not overlap. Read this window,
     * then warp it: nothing outside it can reach a target pixel.
     */
    public static PixelWindow sourceWindow(GridGeometry source, GridGeometry target) {
        double[] xy = outline(target);
        CrsTransform.of(target.crs(), source.crs()).transformInPlace(xy);
        GeoTransform s = source.transform();
        double minC = Double.POSITIVE_INFINITY;
        double minR = Double.POSITIVE_INFINITY;
        double maxC = Double.NEGATIVE_INFINITY;
        double maxR = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            double c = s.col(xy[i], xy[i + 1]);
            double r = s.row(xy[i], xy[i + 1]);
            if (Double.isFinite(c) && Double.isFinite(r)) {
                minC = Math.min(minC, c);
                maxC = Math.max(maxC, c);
                minR = Math.min(minR, r);
                maxR = Math.max(maxR, r);
            }
        }
        if (!(minC <= maxC)) {
            return new PixelWindow(0, 0, 0, 0);
        }
        PixelWindow reach = window(minC - 1, minR - 1, maxC + 1, maxR + 1);
        return reach.intersection(source.bounds());
    }

    private static PixelWindow window(double minC, double minR, double maxC, double maxR) {
        double limit = Integer.MAX_VALUE / 4.0;
        int c0 = (int) Math.max(-limit, Math.floor(minC));
        int r0 = (int) Math.max(-limit, Math.floor(minR));
        int c1 = (int) Math.min(limit, Math.ceil(maxC));
        int r1 = (int) Math.min(limit, Math.ceil(maxR));
        return new PixelWindow(c0, r0, Math.max(0, c1 - c0), Math.max(0, r1 - r0));
    }

    /** Points along the target's outer edge, every {@link PixelMapping#STEP} pixels, as x,y. */
    private static double[] outline(GridGeometry grid) {
        int w = grid.width();
        int h = grid.height();
        int perSide = Math.max(w, h) / PixelMapping.STEP + 2;
        double[] xy = new double[4 * perSide * 2];
        GeoTransform t = grid.transform();
        int k = 0;
        for (int i = 0; i < perSide; i++) {
            double f = i / (double) (perSide - 1);
            double[][] edge = {{f * w, 0}, {f * w, h}, {0, f * h}, {w, f * h}};
            for (double[] p : edge) {
                xy[k++] = t.x(p[0], p[1]);
                xy[k++] = t.y(p[0], p[1]);
            }
        }
        return xy;
    }
}
