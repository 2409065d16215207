package landcover.raster.imagery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.domain.aoi.Aoi;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.imagery.json.Json;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import org.junit.jupiter.api.Test;

/** The sample region's true maps, points and AOIs carry the change year the lifecycle needs. */
class SampleChangeTest {
    private static final SampleFiles FILES = SampleFixture.sample();
    private static final int CHANGE = SampleRegion.CHANGE_YEAR;

    @Test
    void classMaps_holdAllNineClassesEveryYear() throws IOException {
        for (int year = 2020; year <= 2024; year++) {
            int[] counts = new int[10];
            for (float v : map(year)) {
                counts[(int) v]++;
            }
            for (int code = 1; code <= 9; code++) {
                assertThat(counts[code]).as(year + " class " + code).isGreaterThan(2000);
            }
        }
    }

    @Test
    void changeYear_changesAFewPercentOfTheRegion_andTheChangedAoiIsBurntScar() throws IOException {
        float[] before = map(CHANGE - 1);
        float[] during = map(CHANGE);
        long changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += before[i] != during[i] ? 1 : 0;
        }
        assertThat((double) changed / before.length).isBetween(0.03, 0.15);
        AoiMask mask =
                AoiRasterizer.rasterize(Aoi.parse(Files.readString(FILES.changedAoi(CHANGE))), SampleRegion.grid(10));
        long inside = 0;
        long burnt = 0;
        for (int r = 0; r < mask.window().height(); r++) {
            for (int c = 0; c < mask.window().width(); c++) {
                if (mask.isInside(c, r)) {
                    int i = (mask.window().row() + r) * 1020 + mask.window().col() + c;
                    inside++;
                    burnt += during[i] == 9 && before[i] != 9 ? 1 : 0;
                }
            }
        }
        assertThat((double) burnt / inside).isGreaterThan(0.8);
    }

    @Test
    void points_carryTheTrueClassOfTheirPixel_andSaySynthetic() throws IOException {
        for (Path file : List.of(FILES.basePoints(2021), FILES.basePoints(CHANGE), FILES.newPoints(CHANGE))) {
            int year = file.getFileName().toString().startsWith("2021") ? 2021 : CHANGE;
            float[] truth = map(year);
            List<Map<String, Object>> points = points(file);
            assertThat(points).hasSizeGreaterThan(300);
            for (Map<String, Object> p : points) {
                Map<String, Object> props = Json.object(p.get("properties"), file.toString(), "properties");
                assertThat(props).containsEntry("synthetic", true).containsEntry("year", (double) year);
                int code = ClassScheme.DEFAULT.resolve(props.get("class")).code();
                assertThat(truth[pixel(p)]).as(props.toString()).isEqualTo(code);
            }
        }
    }

    @Test
    void changeYearBasePoints_avoidChangedGround_andTheNewBatchMostlySamplesIt() throws IOException {
        float[] before = map(CHANGE - 1);
        float[] during = map(CHANGE);
        for (Map<String, Object> p : points(FILES.basePoints(CHANGE))) {
            int i = pixel(p);
            assertThat(during[i]).isEqualTo(before[i]);
        }
        List<Map<String, Object>> fresh = points(FILES.newPoints(CHANGE));
        long onChanged =
                fresh.stream().filter(p -> before[pixel(p)] != during[pixel(p)]).count();
        assertThat((double) onChanged / fresh.size()).isGreaterThan(0.6);
        assertThat(Files.exists(FILES.newPoints(CHANGE - 1))).isFalse();
    }

    private static float[] map(int year) throws IOException {
        try (GeoTiffReader r = GeoTiff.open(FILES.classMap(year))) {
            return r.read().band(0);
        }
    }

    private static List<Map<String, Object>> points(Path file) throws IOException {
        Map<String, Object> fc = Json.object(Json.parse(Files.readString(file), file.toString()), file.toString(), "");
        return Json.array(fc, "features", file.toString(), "").stream()
                .map(f -> Json.object(f, file.toString(), "features[]"))
                .toList();
    }

    private static int pixel(Map<String, Object> point) {
        List<?> lonLat = (List<?>) ((Map<?, ?>) point.get("geometry")).get("coordinates");
        double[] xy = CrsTransform.of(EpsgCode.WGS84, SampleRegion.CRS)
                .transform(((Number) lonLat.get(0)).doubleValue(), ((Number) lonLat.get(1)).doubleValue());
        int col = (int) Math.floor((xy[0] - SampleRegion.ORIGIN_X) / 10);
        int row = (int) Math.floor((SampleRegion.ORIGIN_Y - xy[1]) / 10);
        return row * 1020 + col;
    }
}
