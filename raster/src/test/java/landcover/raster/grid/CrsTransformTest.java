package landcover.raster.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import landcover.raster.RasterException;
import landcover.raster.oracle.Gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrsTransformTest {
    private static final double ONE_CM = 0.01;

    /** A target CRS and the lon/lat box sampled in it (zone ± 4°, both hemispheres). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // code,  west, east, south, north
        "32629, -13, -5, 30, 60", // UTM 29N (Portugal, Galicia)
        "32630, -7, 1, 35, 44", // UTM 30N (Málaga, Madrid)
        "32631, -1, 7, 36, 52", // UTM 31N (Catalonia, France)
        "32601, -180, -174, 50, 72", // UTM 1N (Bering Sea, zone edge at -180)
        "32660, 174, 180, 50, 72", // UTM 60N
        "32725, -37, -29, -10, -5", // UTM 25S (Olinda, Brazil)
        "32733, 11, 19, -35, -1", // UTM 33S (Angola, South Africa)
        "32755, 143, 151, -44, -10", // UTM 55S (Tasmania to Queensland)
        "3857, -179, 179, -84, 84", // Web Mercator, the whole band imagery uses
        "25830, -7, 1, 35, 44", // ETRS89 / UTM 30N (Spanish national grids)
        "3035, -10, 30, 35, 70", // ETRS89 / LAEA Europe
    })
    void transform_randomPoints_agreeWithGdaltransformTo1cmBothWays(
            int code, double west, double east, double south, double north) {
        EpsgCode target = new EpsgCode(code);
        double[][] lonLat = randomPoints(200, west, east, south, north, code);
        double[][] expected = Gdal.transform(EpsgCode.WGS84, target, lonLat[0], lonLat[1]);

        double[] xs = lonLat[0].clone();
        double[] ys = lonLat[1].clone();
        CrsTransform.of(EpsgCode.WGS84, target).transformInPlace(xs, ys);
        for (int i = 0; i < xs.length; i++) {
            assertThat(xs[i]).as("x of point %d", i).isCloseTo(expected[0][i], within(ONE_CM));
            assertThat(ys[i]).as("y of point %d", i).isCloseTo(expected[1][i], within(ONE_CM));
        }

        double[][] back = Gdal.transform(target, EpsgCode.WGS84, expected[0], expected[1]);
        double[] lons = expected[0].clone();
        double[] lats = expected[1].clone();
        CrsTransform.of(target, EpsgCode.WGS84).transformInPlace(lons, lats);
        for (int i = 0; i < lons.length; i++) {
            double metresPerDegree = 111_320;
            double dLon = (lons[i] - back[0][i]) * metresPerDegree * Math.cos(Math.toRadians(lats[i]));
            double dLat = (lats[i] - back[1][i]) * metresPerDegree;
            assertThat(Math.hypot(dLon, dLat))
                    .as("lon/lat error of point %d in metres", i)
                    .isLessThan(ONE_CM);
        }
    }

    private static double[][] randomPoints(int n, double west, double east, double south, double north, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[2][n];
        for (int i = 0; i < n; i++) {
            points[0][i] = west + random.nextDouble() * (east - west);
            points[1][i] = south + random.nextDouble() * (north - south);
        }
        return points;
    }

    @Test
    void transform_wgs84_isLongitudeFirst_asGdaltransformPrintsIt() {
        // echo "-4.47 36.71" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32630
        //   368705.987917765 4063709.43485108
        double[] utm = CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(30, true)).transform(-4.47, 36.71);
        assertThat(utm[0]).isCloseTo(368705.987917765, within(ONE_CM));
        assertThat(utm[1]).isCloseTo(4063709.43485108, within(ONE_CM));
    }

    @Test
    void transformInPlace_interleaved_matchesSeparateArrays() {
        CrsTransform t = CrsTransform.of(EpsgCode.WGS84, EpsgCode.WEB_MERCATOR);
        double[] xs = {-4.47, 2.17};
        double[] ys = {36.71, 41.38};
        double[] xy = {-4.47, 36.71, 2.17, 41.38};
        t.transformInPlace(xs, ys);
        t.transformInPlace(xy);
        assertThat(xy).containsExactly(xs[0], ys[0], xs[1], ys[1]);
    }

    @Test
    void of_sameCrs_isIdentity() {
        CrsTransform t = CrsTransform.of(EpsgCode.utm(30, true), EpsgCode.utm(30, true));
        assertThat(t.isIdentity()).isTrue();
        assertThat(t.transform(367910.5, 4064740.25)).containsExactly(367910.5, 4064740.25);
    }

    @Test
    void inverse_swapsSourceAndTarget() {
        CrsTransform t = CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(29, true)).inverse();
        assertThat(t.source()).isEqualTo(EpsgCode.utm(29, true));
        assertThat(t.target()).isEqualTo(EpsgCode.WGS84);
    }

    @Test
    void of_unknownCode_throwsNamingTheCode() {
        assertThatThrownBy(() -> CrsTransform.of(EpsgCode.WGS84, new EpsgCode(999_999)))
                .isInstanceOf(RasterException.class)
                .hasMessage("EPSG:999999: unknown EPSG code (not in proj4j's EPSG table)");
    }

    @Test
    void isGeographic_distinguishesLonLatFromProjected() {
        assertThat(CrsTransform.isGeographic(EpsgCode.WGS84)).isTrue();
        assertThat(CrsTransform.isGeographic(new EpsgCode(4258))).isTrue();
        assertThat(CrsTransform.isGeographic(EpsgCode.utm(30, true))).isFalse();
        assertThat(CrsTransform.isGeographic(EpsgCode.WEB_MERCATOR)).isFalse();
    }

    @Test
    void transform_nonFinitePoint_givesNaN() {
        double[] p = CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(30, true)).transform(Double.NaN, 36);
        assertThat(p[0]).isNaN();
        assertThat(p[1]).isNaN();
    }

    @Test
    void transformInPlace_sharedAcrossThreads_givesTheSingleThreadedResults() throws Exception {
        CrsTransform shared = CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(30, true));
        double[][] points = randomPoints(2_000, -7, 1, 35, 44, 7);
        double[] xs = points[0].clone();
        double[] ys = points[1].clone();
        CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(30, true)).transformInPlace(xs, ys);

        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> sameAfterManyRounds(shared, points, xs, ys)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    private static boolean sameAfterManyRounds(CrsTransform t, double[][] points, double[] xs, double[] ys) {
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < xs.length; i++) {
                double[] p = t.transform(points[0][i], points[1][i]);
                if (p[0] != xs[i] || p[1] != ys[i]) {
                    return false;
                }
            }
        }
        return true;
    }
}
