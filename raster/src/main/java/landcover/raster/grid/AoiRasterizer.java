package landcover.raster.grid;

import java.util.List;
import java.util.Locale;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.RasterException;

/**
 * Rasterizes an AOI onto a grid: the AOI (WGS84) is densified, projected into the grid's CRS,
 * turned into pixel coordinates and scanline-filled with GDAL's pixel-centre rule. Stateless and
 * thread-safe.
 */
public final class AoiRasterizer {
    private AoiRasterizer() {}

    /**
     * The window of {@code grid} covering the AOI and the mask of its pixels inside the AOI.
     *
     * @throws RasterException when the AOI does not overlap the grid, naming both extents
     */
    public static AoiMask rasterize(Aoi aoi, GridGeometry grid) {
        List<double[]> rings = AoiProjection.rings(aoi, grid.crs());
        AoiProjection.toPixels(rings, grid.transform());
        PixelWindow reach = reach(rings, aoi);
        PixelWindow window = reach.intersection(grid.bounds());
        if (window.isEmpty()) {
            throw new RasterException("AOI", "its bbox " + describe(aoi.bbox()) + " lies outside " + describe(grid));
        }
        return new AoiMask(grid, window, ScanlineFill.fill(rings, window, grid.transform()), !window.equals(reach));
    }

    /** Every pixel the projected outline reaches (floor of the minimum to ceil of the maximum). */
    private static PixelWindow reach(List<double[]> rings, Aoi aoi) {
        double minCol = Double.POSITIVE_INFINITY;
        double minRow = Double.POSITIVE_INFINITY;
        double maxCol = Double.NEGATIVE_INFINITY;
        double maxRow = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                if (!Double.isFinite(ring[i]) || !Double.isFinite(ring[i + 1])) {
                    throw new RasterException("AOI", "its bbox " + describe(aoi.bbox()) + " cannot be projected");
                }
                minCol = Math.min(minCol, ring[i]);
                maxCol = Math.max(maxCol, ring[i]);
                minRow = Math.min(minRow, ring[i + 1]);
                maxRow = Math.max(maxRow, ring[i + 1]);
            }
        }
        double limit = Integer.MAX_VALUE / 2.0;
        int c0 = (int) Math.max(-limit, Math.floor(minCol));
        int r0 = (int) Math.max(-limit, Math.floor(minRow));
        int c1 = (int) Math.min(limit, Math.ceil(maxCol));
        int r1 = (int) Math.min(limit, Math.ceil(maxRow));
        return new PixelWindow(c0, r0, Math.max(1, c1 - c0), Math.max(1, r1 - r0));
    }

    static String describe(BoundingBox b) {
        return String.format(Locale.ROOT, "[%.6f, %.6f, %.6f, %.6f]", b.west(), b.south(), b.east(), b.north());
    }

    /** The grid's CRS and extent, e.g. {@code the grid EPSG:32630 x 365540..374550, y 4063110..4066920}. */
    static String describe(GridGeometry grid) {
        GeoTransform t = grid.transform();
        double[] xs = {t.x(0, 0), t.x(grid.width(), 0), t.x(0, grid.height()), t.x(grid.width(), grid.height())};
        double[] ys = {t.y(0, 0), t.y(grid.width(), 0), t.y(0, grid.height()), t.y(grid.width(), grid.height())};
        return String.format(
                Locale.ROOT,
                "the grid %s x %s..%s, y %s..%s (%dx%d px)",
                grid.crs(),
                number(min(xs)),
                number(max(xs)),
                number(min(ys)),
                number(max(ys)),
                grid.width(),
                grid.height());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6f", v);
    }

    private static double min(double[] v) {
        return Math.min(Math.min(v[0], v[1]), Math.min(v[2], v[3]));
    }

    private static double max(double[] v) {
        return Math.max(Math.max(v[0], v[1]), Math.max(v[2], v[3]));
    }
}
