package landcover.raster.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.oracle.Gdal;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerrainOpTest {
    private static final double CENTI_DEGREE = 0.01;

    /** Real DEM, Olinda (Brazil), UTM 25S (GRS80, no EPSG code in the file), ~90 m, float32. */
    @Test
    void apply_projectedDem_matchesGdaldemSlopeAndAspectToACentiDegree() {
        Path file = SharedData.path("dem_samples/stars_olinda_dem_utm25s.tif");
        Raster terrain = TerrainOp.apply(Gdal.readAssuming(file, EpsgCode.utm(25, false)));
        float[][] gdal = Gdal.gdaldem(file);
        int compared = compare(terrain, gdal);
        assertThat(compared).isGreaterThan(100 * 100);
    }

    /** Compares interior pixels; where gdaldem writes nodata (-9999) we must have NaN. */
    private static int compare(Raster terrain, float[][] gdal) {
        int compared = 0;
        int flat = 0;
        for (int i = 0; i < gdal[0].length; i++) {
            float slope = terrain.band("slope")[i];
            float aspect = terrain.band("aspect")[i];
            if (gdal[0][i] == -9999f) {
                assertThat(slope).as("slope at %d", i).isNaN();
                continue;
            }
            assertThat((double) slope).as("slope at %d", i).isCloseTo(gdal[0][i], within(CENTI_DEGREE));
            double d = Math.abs(aspect - gdal[1][i]);
            assertThat(Math.min(d, 360 - d)).as("aspect at %d", i).isLessThan(CENTI_DEGREE);
            flat += slope == 0 ? 1 : 0;
            compared++;
        }
        return compared;
    }

    /**
     * Real DEM, Luxembourg (EPSG:4326, 30", int16 with nodata): gdaldem cannot scale x and y apart,
     * so the expected values come from numpy, independently: Horn's window with each row's pixel
     * size in metres from the WGS 84 radii of curvature.
     */
    @Test
    void apply_geographicDem_usesMetricPixelSizesPerRow(@TempDir Path dir) throws Exception {
        Path file = SharedData.path("dem_samples/terra_luxembourg_elev.tif");
        Raster dem = Gdal.read(file);
        Raster terrain = TerrainOp.apply(dem);
        Path out = dir.resolve("expected.f32");
        Gdal.python(NUMPY_GEOGRAPHIC_HORN, file.toString(), out.toString());
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        int n = (int) dem.grid().pixelCount();
        float[] slope = new float[n];
        float[] aspect = new float[n];
        bytes.asFloatBuffer().get(slope);
        bytes.position(4 * n);
        bytes.asFloatBuffer().get(aspect);
        int compared = 0;
        for (int i = 0; i < n; i++) {
            if (Float.isNaN(slope[i])) {
                assertThat(terrain.band("slope")[i]).as("slope at %d", i).isNaN();
                continue;
            }
            assertThat(terrain.band("slope")[i]).as("slope at %d", i).isCloseTo(slope[i], within(1e-4f));
            double d = Math.abs(terrain.band("aspect")[i] - aspect[i]);
            assertThat(Math.min(d, 360 - d)).as("aspect at %d", i).isLessThan(1e-3);
            compared++;
        }
        assertThat(compared).isGreaterThan(4000); // Luxembourg only: the rest of the box is nodata
        assertThat(terrain.band("elevation")).contains(Float.NaN); // the file's -32768 nodata
    }

    private static final String NUMPY_GEOGRAPHIC_HORN = """
            import sys, numpy as np
            from osgeo import gdal
            ds = gdal.Open(sys.argv[1])
            z = ds.ReadAsArray().astype(np.float64)
            z[z == ds.GetRasterBand(1).GetNoDataValue()] = np.nan
            gt = ds.GetGeoTransform()
            a, e2 = 6378137.0, 6.69437999014e-3
            rows = np.arange(z.shape[0])
            lat = np.radians(gt[3] + (rows + 0.5) * gt[5])
            w = np.sqrt(1 - e2 * np.sin(lat) ** 2)
            ew = np.radians(abs(gt[1])) * a / w * np.cos(lat)
            ns = np.radians(abs(gt[5])) * a * (1 - e2) / w ** 3
            p = np.pad(z, 1, constant_values=np.nan)
            win = lambda dr, dc: p[1 + dr:1 + dr + z.shape[0], 1 + dc:1 + dc + z.shape[1]]
            east = (win(-1, 1) + 2 * win(0, 1) + win(1, 1)) - (win(-1, -1) + 2 * win(0, -1) + win(1, -1))
            north = (win(-1, -1) + 2 * win(-1, 0) + win(-1, 1)) - (win(1, -1) + 2 * win(1, 0) + win(1, 1))
            dzdx = east / (8 * ew[:, None])
            dzdy = north / (8 * ns[:, None])
            slope = np.degrees(np.arctan(np.hypot(dzdx, dzdy)))
            aspect = np.degrees(np.arctan2(-dzdx, -dzdy)) % 360
            aspect[(east == 0) & (north == 0)] = 0
            bad = np.isnan(east) | np.isnan(north) | np.isnan(z)
            slope[bad] = np.nan
            aspect[bad] = np.nan
            np.stack([slope, aspect]).astype('<f4').tofile(sys.argv[2])
            """;

    /** A synthetic plane z = x·tan 30° (rising to the east): slope 30°, facing west (270°). */
    @Test
    void apply_planeRisingEast_hasItsSlopeAndFacesWest() {
        Raster terrain = TerrainOp.apply(plane((x, y) -> x * Math.tan(Math.toRadians(30))));
        assertThat(terrain.get(1, 2, 2)).isCloseTo(30f, within(1e-4f));
        assertThat(terrain.get(2, 2, 2)).isCloseTo(270f, within(1e-4f));
    }

    @Test
    void apply_planeRisingNorth_facesSouth_andFlatHasAspectZero() {
        assertThat(TerrainOp.apply(plane((x, y) -> 0.5 * y)).get(2, 2, 2)).isCloseTo(180f, within(1e-4f));
        assertThat(TerrainOp.apply(plane((x, y) -> -0.5 * x - 0.5 * y)).get(2, 2, 2))
                .isCloseTo(45f, within(1e-4f));
        Raster flat = TerrainOp.apply(plane((x, y) -> 100));
        assertThat(flat.get(1, 2, 2)).isZero();
        assertThat(flat.get(2, 2, 2)).isZero();
    }

    @Test
    void apply_edgesAndNodataWindows_haveNoSlope() {
        Raster terrain = TerrainOp.apply(plane((x, y) -> x));
        assertThat(terrain.get(1, 0, 2)).isNaN();
        assertThat(terrain.get(2, 4, 4)).isNaN();
        assertThat(terrain.get(0, 0, 2)).isEqualTo(5f);
    }

    private interface Surface {
        double z(double x, double y);
    }

    /** A synthetic 5 x 5 DEM at 10 m in UTM 30N, elevation a function of the centre's x, y. */
    private static Raster plane(Surface surface) {
        GridGeometry grid =
                new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(500_000, 4_000_050, 10, 10), 5, 5);
        float[] z = new float[25];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                z[r * 5 + c] = (float) surface.z(c * 10 + 5, (4 - r) * 10 + 5);
            }
        }
        return new Raster(grid, DataType.FLOAT32, List.of("dem"), new float[][] {z}, OptionalDouble.empty());
    }
}
