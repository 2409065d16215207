package landcover.mlops.serving;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GridGeometry;

/**
 * The ground area of the pixels of a WGS 84 / UTM grid. A 10 m UTM pixel covers 100 m² of the
 * projection plane but not of the ellipsoid: transverse Mercator is conformal with point scale
 * factor k (0.9996 on the central meridian, about 1.0005 at the zone edge at 36°N), so a pixel's
 * ground area is its plane area divided by k². Ignoring k misstates areas by +0.08 % to -0.1 %.
 *
 * <p>k is evaluated at the centre of each {@value #CELL}×{@value #CELL}-pixel cell (Snyder, "Map
 * Projections — A Working Manual", USGS PP 1395, eq. 8-11; its series error is below 1e-9 inside a
 * zone). Over one cell k changes linearly to first order, so the centre value is the cell mean to
 * about 1e-10. Thread-safe: the CRS transforms it caches are thread-safe.
 */
final class PixelAreas {
    /** Cell side in pixels; a cell's pixels share one area. */
    static final int CELL = 256;

    private static final double K0 = 0.9996;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double EP2 = E2 / (1 - E2);

    private final Map<EpsgCode, CrsTransform> toLonLat = new ConcurrentHashMap<>();

    /** Per-cell pixel areas of a grid, row-major over {@link Cells#columns()} × rows, in m². */
    record Cells(int columns, int rows, double[] pixelAreaM2) {
        int count() {
            return columns * rows;
        }
    }

    /**
     * The cells of a UTM grid and each cell's pixel area.
     *
     * @throws IllegalArgumentException when the grid is not WGS 84 / UTM or not north-up
     */
    Cells of(GridGeometry grid) {
        EpsgCode crs = grid.crs();
        if (!crs.isUtm() || !grid.transform().isNorthUp()) {
            throw new IllegalArgumentException("pixel areas need a north-up WGS 84 / UTM grid, not " + crs);
        }
        int columns = (grid.width() + CELL - 1) / CELL;
        int rows = (grid.height() + CELL - 1) / CELL;
        double planeArea =
                Math.abs(grid.transform().pixelWidth() * grid.transform().pixelHeight());
        double centralMeridian = Math.toRadians(6.0 * (crs.code() % 100) - 183);
        CrsTransform transform = toLonLat.computeIfAbsent(crs, c -> CrsTransform.of(c, EpsgCode.WGS84));
        double[] areas = new double[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double col = (c * CELL + Math.min(grid.width(), (c + 1) * CELL)) / 2.0;
                double row = (r * CELL + Math.min(grid.height(), (r + 1) * CELL)) / 2.0;
                double[] lonLat = transform.transform(
                        grid.transform().x(col, row), grid.transform().y(col, row));
                double k = scaleFactor(Math.toRadians(lonLat[0]) - centralMeridian, Math.toRadians(lonLat[1]));
                areas[r * columns + c] = planeArea / (k * k);
            }
        }
        return new Cells(columns, rows, areas);
    }

    /** Snyder eq. 8-11: the UTM point scale factor at a longitude offset and latitude, radians. */
    static double scaleFactor(double dLon, double lat) {
        double cos = Math.cos(lat);
        double t = Math.tan(lat) * Math.tan(lat);
        double c = EP2 * cos * cos;
        double a = dLon * cos;
        double a2 = a * a;
        return K0
                * (1
                        + (1 + c) * a2 / 2
                        + (5 - 4 * t + 42 * c + 13 * c * c - 28 * EP2) * a2 * a2 / 24
                        + (61 - 148 * t + 16 * t * t) * a2 * a2 * a2 / 720);
    }
}
