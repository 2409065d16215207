package landcover.raster.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.raster.RasterException;
import landcover.raster.oracle.Gdal;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Masks compared pixel for pixel with GDAL's rasterizer (default rule: pixel centre inside). */
class AoiRasterizerTest {
    private static final EpsgCode UTM30N = EpsgCode.utm(30, true);

    /** What AoiProjection densifies to; GDAL gets the AOI segmentized the same way when edges are long. */
    private static final double SEGMENT = AoiProjection.MAX_STEP_DEGREES;

    /** The grid of the real Málaga 10 m bands (examples_10m/B04_10m.jp2, per gdalinfo). */
    static final GridGeometry MALAGA =
            new GridGeometry(UTM30N, GeoTransform.northUp(365540, 4066920, 10, 10), 901, 381);

    /** The grid of the real all-band chip at 10 m (chip_all_bands/B02_10m.jp2, per gdalinfo). */
    static final GridGeometry CHIP = new GridGeometry(UTM30N, GeoTransform.northUp(367910, 4064740, 10, 10), 60, 36);

    /** The real Málaga AOIs have short edges: GDAL gets them as they are. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "sentinel2_malaga_greensenti/aoi/teatinos.geojson",
                "sentinel2_malaga_greensenti/aoi/ejido.geojson",
                "sentinel2_malaga_greensenti/aoi/box.geojson",
            })
    void rasterize_realMalagaAois_onTheMalagaGrid_matchGdalRasterize(String file) {
        Path path = SharedData.path(file);
        AoiMask mask = AoiRasterizer.rasterize(aoi(path), MALAGA);
        assertThat(onWholeGrid(mask)).isEqualTo(Gdal.rasterize(path, MALAGA, 0));
        assertThat(mask.insideCount()).isPositive();
    }

    @Test
    void rasterize_boxOnTheChipGrid_matchesGdalRasterize() {
        Path path = SharedData.path("sentinel2_malaga_greensenti/aoi/box.geojson");
        AoiMask mask = AoiRasterizer.rasterize(aoi(path), CHIP);
        assertThat(onWholeGrid(mask)).isEqualTo(Gdal.rasterize(path, CHIP, 0));
    }

    /** Málaga province has edges up to 0.21° long, so GDAL gets it segmentized (see the long-edge test). */
    @Test
    void rasterize_malagaProvince_isClippedToTheMalagaGrid_andMatchesGdal() {
        Path path = SharedData.path("geojson_aoi/malaga_province_cartodb.geojson");
        AoiMask mask = AoiRasterizer.rasterize(aoi(path), MALAGA);
        assertThat(mask.isClipped()).isTrue();
        assertThat(mask.window()).isEqualTo(MALAGA.bounds());
        assertThat(onWholeGrid(mask)).isEqualTo(Gdal.rasterize(path, MALAGA, SEGMENT));
    }

    @Test
    void rasterize_teatinos_hasAnUnclippedWindowAndItsArea() {
        AoiMask mask = AoiRasterizer.rasterize(
                aoi(SharedData.path("sentinel2_malaga_greensenti/aoi/teatinos.geojson")), MALAGA);
        assertThat(mask.isClipped()).isFalse();
        // 1 681 800 m² (validate-aoi) over 100 m² pixels: the centre rule keeps the area within a few %.
        assertThat(mask.insideCount() * 100.0).isBetween(1_681_800 * 0.97, 1_681_800 * 1.03);
        assertThat(mask.windowGrid().transform().originX())
                .isEqualTo(365540 + 10.0 * mask.window().col());
    }

    /** A real polygon with 7 holes (Córdoba farmland), on a synthetic 10 m grid around it. */
    @Test
    void rasterize_polygonWithHoles_matchesGdalRasterize() {
        Path path = SharedData.path("geojson_aoi/mfe50_cordoba_agricola_polygon.geojson");
        GridGeometry grid = new GridGeometry(UTM30N, GeoTransform.northUp(289_000, 4_176_000, 10, 10), 1700, 1100);
        AoiMask mask = AoiRasterizer.rasterize(aoi(path), grid);
        assertThat(mask.isClipped()).isFalse();
        assertThat(onWholeGrid(mask)).isEqualTo(Gdal.rasterize(path, grid, SEGMENT));
    }

    /** A real multipolygon (102 parts, 11 holes), on a synthetic 250 m grid over Andalucía. */
    @Test
    void rasterize_andaluciaMultipolygon_matchesGdalRasterize() {
        Path path = SharedData.path("geojson_aoi/andalucia_community_cartodb.geojson");
        GridGeometry grid = new GridGeometry(UTM30N, GeoTransform.northUp(80_000, 4_300_000, 250, 250), 2200, 1300);
        AoiMask mask = AoiRasterizer.rasterize(aoi(path), grid);
        assertThat(mask.isClipped()).isFalse();
        assertThat(onWholeGrid(mask)).isEqualTo(Gdal.rasterize(path, grid, SEGMENT));
    }

    /**
     * Deliberate difference: we densify long edges before projecting (an RFC 7946 edge is straight
     * in lon/lat), GDAL projects the vertices only. A synthetic 2° x 1° box has 178 km edges along
     * parallels whose projected chords miss the true edge by ~460 m; GDAL agrees with us once the
     * box is segmentized in lon/lat first.
     */
    @Test
    void rasterize_longEdges_followTheProjectedCurve_likeGdalOnASegmentizedAoi(@TempDir Path dir) throws IOException {
        String box = """
                {"type":"Polygon","coordinates":[[[-5,37],[-3,37],[-3,38],[-5,38],[-5,37]]]}""";
        Path file = Files.writeString(dir.resolve("box.geojson"), box);
        GridGeometry grid = new GridGeometry(UTM30N, GeoTransform.northUp(300_000, 4_220_000, 100, 100), 2000, 1300);

        byte[] ours = onWholeGrid(AoiRasterizer.rasterize(Aoi.parse(box), grid));
        assertThat(ours).isEqualTo(Gdal.rasterize(file, grid, SEGMENT));
        assertThat(ours).isNotEqualTo(Gdal.rasterize(file, grid, 0));
    }

    /**
     * Vertices placed exactly on pixel centres (powers of two make the arithmetic exact on both
     * sides): the half-open row rule and the horizontal-edge rule must match GDAL's.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // a rectangle with every vertex on a pixel centre
                "[[[-4.9375,37.0625],[-4.4375,37.0625],[-4.4375,37.5625],[-4.9375,37.5625],[-4.9375,37.0625]]]",
                // the same rectangle wound the other way
                "[[[-4.9375,37.0625],[-4.9375,37.5625],[-4.4375,37.5625],[-4.4375,37.0625],[-4.9375,37.0625]]]",
                // a diamond whose vertices sit on centres
                "[[[-4.6875,36.9375],[-4.3125,37.3125],[-4.6875,37.6875],[-5.0625,37.3125],[-4.6875,36.9375]]]",
                // a triangle with a horizontal top edge on a centre line
                "[[[-4.9375,37.0625],[-4.4375,37.5625],[-5.0,37.5625],[-4.9375,37.0625]]]",
                // a rectangle with a rectangular hole, every edge on a centre line
                "[[[-5.0625,36.9375],[-4.3125,36.9375],[-4.3125,37.5625],[-5.0625,37.5625],[-5.0625,36.9375]],"
                        + "[[-4.8125,37.1875],[-4.5625,37.1875],[-4.5625,37.4375],[-4.8125,37.4375],[-4.8125,37.1875]]]",
            })
    void rasterize_verticesOnPixelCentres_tieBreakLikeGdal(String rings, @TempDir Path dir) throws IOException {
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":" + rings + "}";
        Path file = Files.writeString(dir.resolve("aoi.geojson"), polygon);
        GridGeometry grid = new GridGeometry(EpsgCode.WGS84, GeoTransform.northUp(-5.25, 37.75, 0.125, 0.125), 10, 8);
        assertThat(onWholeGrid(AoiRasterizer.rasterize(Aoi.parse(polygon), grid)))
                .isEqualTo(Gdal.rasterize(file, grid, 0));
    }

    @Test
    void rasterize_aoiOutsideTheGrid_namesBothExtents() {
        Aoi sierraNevada =
                Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[[-3.4,37.0],[-3.3,37.0],[-3.3,37.1],[-3.4,37.0]]]}");
        assertThatThrownBy(() -> AoiRasterizer.rasterize(sierraNevada, MALAGA))
                .isInstanceOf(RasterException.class)
                .hasMessage("AOI: its bbox [-3.400000, 37.000000, -3.300000, 37.100000] lies outside the grid"
                        + " EPSG:32630 x 365540..374550, y 4063110..4066920 (901x381 px)");
    }

    @Test
    void applyTo_setsPixelsOutsideTheAoi() {
        AoiMask mask = AoiRasterizer.rasterize(
                aoi(SharedData.path("sentinel2_malaga_greensenti/aoi/teatinos.geojson")), MALAGA);
        float[] plane = new float[(int) mask.window().pixelCount()];
        Arrays.fill(plane, 1f);
        mask.applyTo(plane, Float.NaN);
        long kept = 0;
        for (float v : plane) {
            kept += v == 1f ? 1 : 0;
        }
        assertThat(kept).isEqualTo(mask.insideCount());
    }

    static Aoi aoi(Path file) {
        try {
            return Aoi.parse(Files.readString(file), AoiLimits.UNLIMITED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mask spread over the whole grid (0 outside the window), as GDAL burns it. */
    static byte[] onWholeGrid(AoiMask mask) {
        GridGeometry grid = mask.grid();
        PixelWindow w = mask.window();
        byte[] whole = new byte[Math.toIntExact(grid.pixelCount())];
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                whole[(w.row() + r) * grid.width() + w.col() + c] = (byte) (mask.isInside(c, r) ? 1 : 0);
            }
        }
        return whole;
    }
}
