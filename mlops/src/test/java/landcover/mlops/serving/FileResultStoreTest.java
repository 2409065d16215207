package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import landcover.domain.Alias;
import landcover.domain.ClassScheme;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.SeasonReport;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.ColorTable;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileResultStoreTest {
    private static final Year Y2023 = new Year(2023);
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static PredictionResult result(PredictionId id) {
        var areas = List.of(
                new ClassArea(
                        1,
                        "builtUp",
                        ClassScheme.DEFAULT.byCode(1).orElseThrow().color(),
                        30,
                        2999.5,
                        0.3),
                new ClassArea(
                        7,
                        "closedForest",
                        ClassScheme.DEFAULT.byCode(7).orElseThrow().color(),
                        70,
                        6998.8,
                        0.7));
        var season = new SeasonReport(
                new Season("summer", java.time.LocalDate.of(2023, 6, 1), java.time.LocalDate.of(2023, 7, 31)),
                SeasonReport.Status.PARTIAL,
                List.of("S2A_2023_06_03", "S2B_2023_06_18"),
                0.97);
        var timing = new PredictionTiming(
                Duration.ofMillis(1),
                Duration.ofMillis(12),
                Duration.ofMillis(20),
                Duration.ofMillis(5),
                Duration.ofMillis(40));
        var year = new YearPrediction(
                Y2023,
                ModelId.of(Y2023, 2),
                Alias.PRODUCTION,
                "2023-production-v2-r0",
                0.8125,
                0.0291,
                areas,
                new PixelCounts(103, 100, 3),
                299.9,
                EpsgCode.utm(30, true),
                true,
                List.of(season),
                false,
                timing);
        return new PredictionResult(id, NOW, 10_301.2, List.of(year));
    }

    private static Raster classes() {
        GridGeometry grid =
                new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(356_400, 4_062_360, 10, 10), 8, 4);
        float[] plane = new float[32];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = i % 10;
        }
        return new Raster(grid, DataType.UINT8, List.of("class"), new float[][] {plane}, OptionalDouble.of(0));
    }

    @Test
    void putResult_thenResult_returnsAnEqualPrediction() {
        ResultStore store = ResultStores.files(dir, ResultRetention.defaults(), clock);
        PredictionId id = PredictionId.random();

        store.putResult(result(id));

        assertThat(store.result(id)).contains(result(id));
        assertThat(store.result(PredictionId.random())).isEmpty();
    }

    @Test
    void putRaster_thenRaster_readsBackTheSamePixelsAndNoTemporaryFilesRemain() throws Exception {
        ResultStore store = ResultStores.files(dir, ResultRetention.defaults(), clock);
        PredictionId id = PredictionId.random();

        store.putRaster(
                id,
                Y2023,
                RasterKind.CLASSES,
                classes(),
                CogOptions.defaults().withColorTable(ColorTable.of(ClassScheme.DEFAULT)));

        StoredRaster stored = store.raster(id, Y2023, RasterKind.CLASSES).orElseThrow();
        Path copy = ServedFixture.copy(stored, Files.createDirectories(dir.resolve("copies")));
        assertThat(stored.sizeBytes()).isEqualTo(Files.size(copy));
        try (GeoTiffReader reader = GeoTiff.open(copy)) {
            assertThat(reader.read().band(0)).containsExactly(classes().band(0));
        }
        assertThat(store.raster(id, Y2023, RasterKind.PROBABILITIES)).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve(id.value()))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("2023-classes.tif");
        }
    }

    @Test
    void cleanup_removesPredictionsOlderThanTheMaximumAge() throws Exception {
        ResultStore store = ResultStores.files(dir, new ResultRetention(Duration.ofHours(1), 1L << 30), clock);
        PredictionId old = PredictionId.random();
        PredictionId fresh = PredictionId.random();
        store.putResult(result(old));
        store.putResult(result(fresh));
        age(old, Duration.ofHours(2));
        age(fresh, Duration.ofMinutes(10));

        CleanupReport report = store.cleanup();

        assertThat(report.removed()).isEqualTo(1);
        assertThat(store.result(old)).isEmpty();
        assertThat(store.result(fresh)).isPresent();
    }

    @Test
    void cleanup_overTheSizeLimit_removesTheOldestFirst() throws Exception {
        ResultStore probe = ResultStores.files(dir.resolve("probe"), ResultRetention.defaults(), clock);
        probe.putResult(result(PredictionId.random()));
        long one;
        try (Stream<Path> f = Files.walk(dir.resolve("probe"))) {
            one = f.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        ResultStore store =
                ResultStores.files(dir.resolve("store"), new ResultRetention(Duration.ofDays(1), 2 * one), clock);
        List<PredictionId> ids = List.of(PredictionId.random(), PredictionId.random(), PredictionId.random());
        for (int i = 0; i < ids.size(); i++) {
            store.putResult(result(ids.get(i)));
            ageIn(dir.resolve("store"), ids.get(i), Duration.ofMinutes(30 - i * 10L));
        }

        CleanupReport report = store.cleanup();

        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.keptBytes()).isLessThanOrEqualTo(2 * one);
        assertThat(store.result(ids.get(0))).isEmpty();
        assertThat(store.result(ids.get(1))).isPresent();
        assertThat(store.result(ids.get(2))).isPresent();
    }

    private void age(PredictionId id, Duration age) throws Exception {
        ageIn(dir, id, age);
    }

    private static void ageIn(Path root, PredictionId id, Duration age) throws Exception {
        FileTime time = FileTime.from(NOW.minus(age));
        try (Stream<Path> files = Files.walk(root.resolve(id.value()))) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, time);
            }
        }
    }
}
