package landcover.raster.imagery.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.raster.RasterException;
import landcover.raster.features.FeatureList;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.imagery.SeasonCalendar;
import landcover.raster.imagery.SeasonReport;
import landcover.raster.imagery.sample.SampleFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalCatalogSourceTest {
    static final List<String> BASELINE_15 = FeatureList.BASELINE_15.names();
    private static final SampleFiles FILES = SampleFixture.sample();
    private static ImagerySource source;

    @BeforeAll
    static void open() {
        source = LocalCatalog.open(SampleFixture.catalog(2022, 2023));
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void read_changedAoi_givesTheFeaturesInOrder_onAligned10mPixels() throws IOException {
        FeatureRead read = source.read(new FeatureRequest(new Year(2023), changedAoi(), BASELINE_15));
        assertThat(read.features().bandNames()).containsExactlyElementsOf(BASELINE_15);
        assertThat(read.features().grid().crs().code()).isEqualTo(32630);
        assertThat(read.features().grid().resolution()).isEqualTo(10);
        assertThat(read.features().grid().transform().originX() % 10).isZero();
        assertThat(read.nodataShare()).isLessThan(0.05);
        assertThat(read.seasons()).extracting(r -> r.season().name()).containsExactly("spring", "summer", "autumn");
        assertThat(read.seasons()).allSatisfy(r -> {
            assertThat(r.sceneIds()).isNotEmpty().allMatch(id -> id.startsWith("SYN_S2"));
            assertThat(r.status()).isIn(SeasonReport.Status.COMPLETE, SeasonReport.Status.PARTIAL);
        });
        assertThat(read.stats().bytesRead()).isPositive();
        assertThat(source.isSynthetic(new Year(2023))).isTrue();
    }

    @Test
    void read_aoiAcrossSubTiles_givesTheStoredValues() {
        // 512 pixels east of the region's corner lies the edge between sub-tiles r00c00 and r00c01.
        Aoi aoi = square(356400 + 5120, 4062360 - 3000, 400);
        FeatureRead read = source.read(new FeatureRequest(new Year(2022), aoi, List.of("summer_B11")));
        var year = CatalogStore.read(SampleFixture.catalog(2022)).year(2022).orElseThrow();
        Path dir = SampleFixture.catalog(2022).resolve(year.directory());
        float[] left = CatalogIngestTest.read(dir.resolve("seasons/summer/30SUF_r00c00.tif"))
                .band(10);
        float[] right = CatalogIngestTest.read(dir.resolve("seasons/summer/30SUF_r00c01.tif"))
                .band(10);
        var grid = read.features().grid();
        int checked = 0;
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                int col = (int) Math.floor((grid.transform().x(c + 0.5, r + 0.5) - 356400) / 10);
                int row = (int) Math.floor((4062360 - grid.transform().y(c + 0.5, r + 0.5)) / 10);
                float stored = col < 512 ? left[row * 512 + col] : right[row * 508 + col - 512];
                float value = read.features().band(0)[r * grid.width() + c];
                if (read.mask().isInside(c, r) && stored != 0) {
                    assertThat(value).isEqualTo((float) ((stored - 1000.0) / 10000));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void read_manyThreadsAtOnce_giveWhatOneThreadGives() throws Exception {
        List<Aoi> aois = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            aois.add(square(357000 + 370 * k, 4061500 - 350 * k, 300));
        }
        List<float[]> sequential = new ArrayList<>();
        for (Aoi aoi : aois) {
            sequential.add(source.read(new FeatureRequest(new Year(2023), aoi, BASELINE_15))
                    .features()
                    .band(11));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<float[]>> parallel = new ArrayList<>();
            for (Aoi aoi : aois) {
                parallel.add(pool.submit(() -> source.read(new FeatureRequest(new Year(2023), aoi, BASELINE_15))
                        .features()
                        .band(11)));
            }
            for (int k = 0; k < aois.size(); k++) {
                assertThat(parallel.get(k).get()).isEqualTo(sequential.get(k));
            }
        }
    }

    @Test
    void read_badRequests_failNamingWhatIsWrong() throws IOException {
        Aoi aoi = changedAoi();
        assertThatThrownBy(() -> source.read(new FeatureRequest(new Year(2021), aoi, BASELINE_15)))
                .isInstanceOf(NoImageryException.class)
                .hasMessageContaining("2021");
        assertThatThrownBy(() ->
                        source.read(new FeatureRequest(new Year(2023), square(500000, 4000000, 500), BASELINE_15)))
                .isInstanceOf(NoImageryException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> source.read(new FeatureRequest(new Year(2023), aoi, List.of("summer_B99"))))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("summer_B99");
        assertThatThrownBy(() -> source.read(new FeatureRequest(new Year(2023), aoi, List.of("winter_B04"))))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("winter");
    }

    @Test
    void coverage_isTheSampleRegion() throws IOException {
        var coverage = source.coverage(new Year(2023));
        assertThat(coverage.contains(changedAoi().geometry())).isTrue();
        assertThat(coverage.getEnvelopeInternal().getMinX()).isBetween(-4.61, -4.60);
        assertThat(coverage.getEnvelopeInternal().getMaxY()).isBetween(36.69, 36.70);
    }

    /**
     * A season with no acquisition, and one whose only acquisition is overcast (the sample region's
     * 2021 autumn has a fully clouded date), are reported as such, with no data.
     */
    @Test
    void read_seasonWithoutScenesOrOnlyClouds_reportsIt() throws IOException {
        String overcast = Files.list(FILES.scenes(2021))
                .filter(d -> readText(d.resolve("scene.json")).contains("\"cloudCover\": 100"))
                .findFirst()
                .orElseThrow()
                .getFileName()
                .toString();
        String date = overcast.split("_")[3];
        String day = date.substring(4, 6) + "-" + date.substring(6);
        Path catalog = SampleFixture.scratch("odd-seasons");
        SeasonCalendar calendar = SeasonCalendar.parse("winter=01-01..01-31,grey=" + day + ".." + day);
        CatalogIngestOp.run(IngestSettings.of(FILES.scenes(2021), FILES.dem(), new Year(2021), catalog)
                .withSeasons(calendar));
        try (ImagerySource odd = LocalCatalog.open(catalog)) {
            FeatureRead read =
                    odd.read(new FeatureRequest(new Year(2021), changedAoi(), List.of("winter_B04", "grey_ndvi")));
            assertThat(read.seasons())
                    .extracting(SeasonReport::status)
                    .containsExactly(SeasonReport.Status.NO_SCENE, SeasonReport.Status.ALL_CLOUDS);
            assertThat(read.seasons().get(1).sceneIds()).containsExactly(overcast);
            assertThat(read.nodataShare()).isEqualTo(1.0);
        }
    }

    static Aoi changedAoi() throws IOException {
        return Aoi.parse(Files.readString(FILES.changedAoi(2023)));
    }

    static Aoi square(double x, double y, double size) {
        return Squares.square(x, y, size);
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
