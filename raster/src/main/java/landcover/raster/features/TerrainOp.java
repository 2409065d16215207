package landcover.raster.features;

import java.util.List;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;

/**
 * Elevation, slope and aspect from a DEM with Horn's method (Horn 1981), as {@code gdaldem slope}
 * and {@code gdaldem aspect} compute them by default. For the 3 × 3 window {@code a b c / d e f / g
 * h i} (rows north to south):
 *
 * <pre>
 *   dz/dx = ((c + 2f + i) − (a + 2d + g)) / (8 · ewres)      east
 *   dz/dy = ((a + 2b + c) − (g + 2h + i)) / (8 · nsres)      north
 *   slope  = atan(√(dz/dx² + dz/dy²))                         degrees, 0 = flat
 *   aspect = azimuth of steepest descent, atan2(−dz/dx, −dz/dy) degrees clockwise from north, [0, 360)
 * </pre>
 *
 * <p><b>Units.</b> Projected DEMs use the grid's pixel size (metres). Geographic DEMs (degrees) are
 * handled properly: each row uses its own east-west and north-south pixel size in metres from the
 * WGS 84 radii of curvature at the row's latitude (gdaldem applies one {@code -s} factor to both
 * axes, which is wrong east-west away from the equator).
 *
 * <p><b>Edges, nodata, flat.</b> As gdaldem without {@code -compute_edges}: the outermost pixels,
 * and any pixel whose window holds nodata or NaN, have no slope or aspect (NaN). A flat window has
 * slope 0 and aspect 0 (gdaldem's {@code -zero_for_flat}; without it gdaldem writes nodata, which
 * would blank every flat field and water body out of the feature stack). Elevation is the DEM with
 * nodata as NaN. Stateless and thread-safe.
 */
public final class TerrainOp {
    /** Band names of {@link #apply}'s result. */
    public static final List<String> BANDS = List.of("elevation", "slope", "aspect");

    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_E2 = 6.69437999014e-3;

    private TerrainOp() {}

    /**
     * Elevation, slope and aspect of the first band of {@code dem}, on the DEM's own grid.
     *
     * @return FLOAT32 bands {@code elevation}, {@code slope}, {@code aspect}; nodata NaN
     */
    public static Raster apply(Raster dem) {
        GridGeometry grid = dem.grid();
        int w = grid.width();
        int h = grid.height();
        float[] z = elevation(dem);
        float[] slope = new float[z.length];
        float[] aspect = new float[z.length];
        java.util.Arrays.fill(slope, Float.NaN);
        java.util.Arrays.fill(aspect, Float.NaN);
        boolean geographic = CrsTransform.isGeographic(grid.crs());
        for (int r = 1; r < h - 1; r++) {
            double[] res = resolution(grid.transform(), r, geographic);
            for (int c = 1; c < w - 1; c++) {
                horn(z, w, r, c, res[0], res[1], slope, aspect);
            }
        }
        return new Raster(
                grid, DataType.FLOAT32, BANDS, new float[][] {z, slope, aspect}, OptionalDouble.of(Double.NaN));
    }

    private static float[] elevation(Raster dem) {
        float[] z = dem.band(0).clone();
        if (dem.nodata().isPresent()) {
            float nodata = (float) dem.nodata().getAsDouble();
            for (int i = 0; i < z.length; i++) {
                if (z[i] == nodata) {
                    z[i] = Float.NaN;
                }
            }
        }
        return z;
    }

    /** {ewres, nsres} in metres for row {@code r} (north-up grids). */
    static double[] resolution(GeoTransform t, int row, boolean geographic) {
        double ew = Math.abs(t.pixelWidth());
        double ns = Math.abs(t.pixelHeight());
        if (!geographic) {
            return new double[] {ew, ns};
        }
        double lat = Math.toRadians(t.y(0, row + 0.5));
        double s = Math.sin(lat);
        double w = Math.sqrt(1 - WGS84_E2 * s * s);
        double normal = WGS84_A / w; // prime vertical radius N
        double meridional = WGS84_A * (1 - WGS84_E2) / (w * w * w); // meridian radius M
        return new double[] {Math.toRadians(ew) * normal * Math.cos(lat), Math.toRadians(ns) * meridional};
    }

    /** Horn's slope and aspect at (r, c); NaN stays when the window holds a NaN. */
    private static void horn(
            float[] z, int w, int r, int c, double ewres, double nsres, float[] slope, float[] aspect) {
        int i = r * w + c;
        int up = i - w;
        int down = i + w;
        // Window a b c / d e f / g h i around z[i], rows north to south.
        double east = ((double) z[up + 1] + 2.0 * z[i + 1] + z[down + 1])
                - ((double) z[up - 1] + 2.0 * z[i - 1] + z[down - 1]);
        double north =
                ((double) z[up - 1] + 2.0 * z[up] + z[up + 1]) - ((double) z[down - 1] + 2.0 * z[down] + z[down + 1]);
        if (Double.isNaN(east) || Double.isNaN(north) || Float.isNaN(z[i])) {
            return;
        }
        double dzdx = east / (8 * ewres);
        double dzdy = north / (8 * nsres);
        slope[i] = (float) Math.toDegrees(Math.atan(Math.sqrt(dzdx * dzdx + dzdy * dzdy)));
        if (east == 0 && north == 0) {
            aspect[i] = 0;
            return;
        }
        double azimuth = Math.toDegrees(Math.atan2(-dzdx, -dzdy));
        float deg = (float) (azimuth < 0 ? azimuth + 360 : azimuth);
        aspect[i] = deg >= 360f ? 0f : deg;
    }
}
