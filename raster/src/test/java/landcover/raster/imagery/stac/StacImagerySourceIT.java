package landcover.raster.imagery.stac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.raster.features.FeatureList;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.FileServer;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.imagery.SeasonReport;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.http.HttpSettings;
import landcover.raster.imagery.sample.SampleFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The STAC + COG source against a loopback STAC API serving the sample region's 2023 scenes and
 * DEM: the same AOI and year give the same features, to the last bit, as the local catalog built
 * from the same scenes, while only the COG tiles under the AOI travel.
 */
class StacImagerySourceIT {
    private static final List<String> BASELINE_15 = FeatureList.BASELINE_15.names();
    private static final SampleFiles FILES = SampleFixture.sample();
    private static FileServer server;
    private static SampleStac stac;
    private static ImagerySource remote;
    private static ImagerySource local;

    @BeforeAll
    static void serve() throws IOException {
        Path catalog = SampleFixture.catalog(2023);
        server = new FileServer(FILES.root());
        stac = new SampleStac(server, FILES.scenes(2023), footprint());
        remote = StacImagery.open(settings());
        local = LocalCatalog.open(catalog);
    }

    /** Like the catalog's ingest, no cloud-cover cut: the least cloudy scenes are chosen either way. */
    private static StacSettings settings() {
        return StacSettings.of(server.base(), List.of(new Year(2023)))
                .withMaxCloudCover(100)
                .withDem(server.url(FILES.dem()).toString())
                .withSynthetic(true)
                .withHttp(HttpSettings.defaults().withRetries(3, Duration.ofMillis(20)));
    }

    @AfterAll
    static void stop() {
        remote.close();
        local.close();
        server.close();
    }

    @Test
    void read_sameAoiAndYear_givesTheCatalogsFeaturesExactly() throws IOException {
        List<Aoi> aois = List.of(
                Aoi.parse(Files.readString(FILES.changedAoi(2023))),
                Aoi.parse(Files.readString(FILES.stableAoi())),
                square(356400 + 5000, 4062360 - 5000, 600));
        for (Aoi aoi : aois) {
            FeatureRead fromStac = remote.read(new FeatureRequest(new Year(2023), aoi, BASELINE_15));
            FeatureRead fromCatalog = local.read(new FeatureRequest(new Year(2023), aoi, BASELINE_15));
            assertThat(fromStac.features().grid())
                    .isEqualTo(fromCatalog.features().grid());
            for (int b = 0; b < BASELINE_15.size(); b++) {
                assertThat(fromStac.features().band(b))
                        .as(BASELINE_15.get(b))
                        .containsExactly(fromCatalog.features().band(b));
            }
            assertThat(fromStac.nodataShare()).isEqualTo(fromCatalog.nodataShare());
            assertThat(fromStac.seasons())
                    .extracting(SeasonReport::sceneIds)
                    .isEqualTo(fromCatalog.seasons().stream()
                            .map(SeasonReport::sceneIds)
                            .toList());
            assertThat(fromStac.stats().requests()).isPositive();
        }
    }

    @Test
    void read_smallAoi_fetchesFewBytes_andSearchesOncePerSeason() throws IOException {
        try (ImagerySource fresh = StacImagery.open(settings())) {
            Aoi aoi = square(356400 + 2500, 4062360 - 2500, 300);
            int before = stac.searches.get();
            fresh.read(new FeatureRequest(new Year(2023), aoi, List.of("spring_ndvi")));
            assertThat(stac.searches.get() - before).isEqualTo(1);
            server.resetCounters();
            FeatureRead read = fresh.read(new FeatureRequest(
                    new Year(2023), square(356400 + 7500, 4062360 - 7500, 300), List.of("spring_ndvi", "summer_B11")));
            assertThat(stac.searches.get() - before)
                    .as("summer added; spring came from the cache")
                    .isEqualTo(2);
            assertThat(read.nodataShare()).isLessThan(0.5);
            long scenesBytes = bytesOf(FILES.scenes(2023));
            assertThat(server.bytes()).as(server.bytes() + " of " + scenesBytes).isLessThan(scenesBytes / 10);
            assertThat(fresh.isSynthetic(new Year(2023))).isTrue();
        }
    }

    @Test
    void search_followsNextLinks_whoseBodyHoldsOnlyTheToken() {
        try (ImagerySource fresh = StacImagery.open(settings())) {
            fresh.read(new FeatureRequest(
                    new Year(2023), square(356400 + 1000, 4062360 - 1000, 200), List.of("spring_B04")));
        }
        assertThat(stac.bodies).anySatisfy(b -> assertThat(b).startsWith("{\"next\":"));
        assertThat(stac.bodies)
                .anySatisfy(b -> assertThat(b)
                        .contains(
                                "\"collections\":[\"sentinel-2-l2a\"]", "\"query\":{\"eo:cloud_cover\":{\"lte\":100"));
    }

    private static long bytesOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /** The sample region's outline in lon/lat, a little larger. */
    static List<List<Double>> footprint() {
        List<List<Double>> ring = new ArrayList<>();
        double[][] corners = {{-4.61, 36.60}, {-4.48, 36.60}, {-4.48, 36.70}, {-4.61, 36.70}, {-4.61, 36.60}};
        for (double[] c : corners) {
            ring.add(List.of(c[0], c[1]));
        }
        return ring;
    }

    static Aoi square(double x, double y, double size) {
        return landcover.raster.imagery.catalog.Squares.square(x, y, size);
    }
}
