package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import landcover.server.LandcoverServer;
import landcover.server.ServedData;
import landcover.server.ServerWiring;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.server.grpc.v1.LandCoverServiceGrpc;
import landcover.server.grpc.v1.ListModelsRequest;
import landcover.server.grpc.v1.PredictRequest;
import landcover.server.grpc.v1.PredictResponse;
import landcover.server.grpc.v1.YearPrediction;
import landcover.testing.ExternalTool;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server over real sockets, wired as {@code landcover server} wires it, on the embedded
 * sample region: readiness, REST and gRPC predictions with the same numbers, the COG, the catalogue,
 * alias moves and metrics.
 */
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PredictionServerIT {
    private static final EdgeServices SERVICES = ServedData.services();
    private static boolean started;

    private final WebClient http;
    private final ManagedChannel channel;

    PredictionServerIT(WebServer server) {
        this.http =
                WebClient.builder().baseUri("http://localhost:" + server.port()).build();
        this.channel = Grpc.newChannelBuilderForAddress(
                        "localhost", server.port(LandcoverServer.GRPC_SOCKET), InsecureChannelCredentials.create())
                .build();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    private static synchronized void serve() {
        if (!started) {
            ServerWiring.startServingNow(SERVICES);
            started = true;
        }
    }

    private static String stableAoi() throws Exception {
        return Files.readString(ServedData.dir().resolve("sample-region/aoi/stable.geojson"));
    }

    private Responses post(String path, String body, String token) {
        var request = http.post(path).header(HeaderNames.CONTENT_TYPE, "application/json");
        if (token != null) {
            request.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        return Responses.read(request.submit(body));
    }

    private Responses get(String path) {
        return Responses.read(http.get(path).request());
    }

    private static String predictBody(String aoi, int year) {
        return "{\"aoi\":" + aoi + ",\"years\":[" + year + "]}";
    }

    @Test
    @Order(1)
    void start_readinessTurnsGreenOnlyOnceTheProductionModelsAreLoaded() throws Exception {
        assertThat(get("/health/ready").status()).isEqualTo(503);
        Responses early = post("/v1/predictions", predictBody("{\"type\":\"Point\"}", 2022), null);
        if (early.status() == 503) {
            early.problem(503, "urn:landcover:problem:not-ready");
            assertThat(early.headers().first(HeaderNames.RETRY_AFTER)).contains("5");
        }

        serve();

        Responses ready = get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.json().path("checks").toString()).contains("production-models");
    }

    @Test
    @Order(2)
    void predict_restAndGrpc_returnTheSameNumbers() throws Exception {
        serve();
        Responses rest = post("/v1/predictions", predictBody(stableAoi(), 2022), null);
        PredictResponse grpc = LandCoverServiceGrpc.newBlockingStub(channel)
                .predict(PredictRequest.newBuilder()
                        .setAoiGeojson(stableAoi())
                        .addYears(2022)
                        .build());

        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        JsonNode r = rest.json().path("predictions").get(0);
        YearPrediction g = grpc.getPredictions(0);
        assertThat(r.path("model").path("id").asText()).isEqualTo("landcover/2022/v1");
        assertThat(g.getModel().getVersion())
                .isEqualTo(r.path("model").path("version").asInt());
        assertThat(g.getModel().getAlias()).isEqualTo("production");
        assertThat(g.getMeanConfidence()).isEqualTo(r.path("meanConfidence").asDouble());
        assertThat(g.getNodataRatio()).isEqualTo(r.path("nodataRatio").asDouble());
        assertThat(g.getPixelsClassified())
                .isEqualTo(r.path("pixels").path("classified").asLong());
        assertThat(g.getClassAreasCount())
                .isEqualTo(r.path("classAreas").size())
                .isPositive();
        for (int i = 0; i < g.getClassAreasCount(); i++) {
            JsonNode a = r.path("classAreas").get(i);
            assertThat(g.getClassAreas(i).getCode()).isEqualTo(a.path("code").asInt());
            assertThat(g.getClassAreas(i).getColor()).isEqualTo(a.path("color").asText());
            assertThat(g.getClassAreas(i).getAreaM2())
                    .isEqualTo(a.path("areaM2").asDouble());
            assertThat(g.getClassAreas(i).getShare()).isEqualTo(a.path("share").asDouble());
        }
        assertThat(g.getRasterUrl()).startsWith("/v1/predictions/").endsWith("/raster?year=2022");
        double areas = 0;
        for (JsonNode a : r.path("classAreas")) {
            areas += a.path("areaM2").asDouble();
        }
        double aoiArea = rest.json().path("aoiAreaM2").asDouble();
        assertThat(areas + r.path("nodataAreaM2").asDouble()).isCloseTo(aoiArea, within(aoiArea * 0.005));
    }

    @Test
    @Order(2)
    void predict_sampleAoiInsideTheRegion_returnsItsAreaSplitIntoClasses() throws Exception {
        serve();
        String aoi = Files.readString(RepoRoot.path().resolve("samples/geojson/alhaurin-de-la-torre.geojson"));

        Responses rest = post("/v1/predictions", predictBody(aoi, 2023), null);

        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        JsonNode p = rest.json().path("predictions").get(0);
        assertThat(p.path("nodataRatio").asDouble()).isZero();
        assertThat(p.path("classAreas").size()).isGreaterThan(1);
        double areas = 0;
        for (JsonNode a : p.path("classAreas")) {
            areas += a.path("areaM2").asDouble();
        }
        // 1.42 km² on the ellipsoid (pyproj's Geod agrees to the m²); pixels by the centre rule.
        assertThat(rest.json().path("aoiAreaM2").asDouble()).isCloseTo(1_417_319, within(1.0));
        assertThat(areas).isCloseTo(1_417_319, within(1_417_319 * 0.005));
    }

    @Test
    @Order(3)
    void raster_fromTheResponseUrl_isACogGdalReadsInUtm30nWithTheColourTable(@TempDir Path dir) throws Exception {
        serve();
        ExternalTool.require("gdalinfo");
        JsonNode p = post("/v1/predictions", predictBody(stableAoi(), 2021), null)
                .json()
                .path("predictions")
                .get(0);
        Path file = dir.resolve("classes.tif");
        java.net.URI url = java.net.URI.create(p.path("raster").asText());
        assertThat(url.getQuery()).isEqualTo("year=2021");
        try (HttpClientResponse response =
                http.get(url.getPath()).queryParam("year", "2021").request()) {
            assertThat(response.status().code()).isEqualTo(200);
            assertThat(response.headers().first(HeaderNames.CONTENT_TYPE))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("image/tiff"));
            try (InputStream in = response.inputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        JsonNode info = new ObjectMapper().readTree(ExternalTool.check(List.of("gdalinfo", "-json", file.toString())));

        assertThat(info.at("/coordinateSystem/wkt").asText()).contains("UTM zone 30N");
        assertThat(info.at("/bands/0/colorTable/entries/7").toString()).isEqualTo("[0,120,0,255]");
        assertThat(info.at("/bands/0/noDataValue").asInt()).isZero();
        assertThat(info.at("/metadata//SYNTHETIC").asText()).isEqualTo("true");
    }

    @Test
    @Order(4)
    void predict_badInputs_areNamed4xxProblems() throws Exception {
        serve();
        String teatinos = Files.readString(RepoRoot.path().resolve("samples/geojson/malaga-teatinos.geojson"));

        JsonNode outside = post("/v1/predictions", predictBody(teatinos, 2022), null)
                .problem(422, "urn:landcover:problem:invalid-aoi");
        JsonNode noImagery = post("/v1/predictions", predictBody(stableAoi(), 2019), null)
                .problem(404, "urn:landcover:problem:year-not-served");
        JsonNode badYear = post("/v1/predictions", predictBody(stableAoi(), 2014), null)
                .problem(422, "urn:landcover:problem:invalid-value");
        JsonNode selfIntersecting = post(
                        "/v1/predictions",
                        predictBody("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}", 2022),
                        null)
                .problem(422, "urn:landcover:problem:invalid-aoi");

        assertThat(outside.path("problem").asText()).isEqualTo("outside_coverage");
        assertThat(outside.path("detail").asText()).contains("outside the imagery of 2022");
        assertThat(noImagery.path("year").asInt()).isEqualTo(2019);
        assertThat(noImagery.path("missing").asText()).isEqualTo("imagery");
        assertThat(badYear.path("field").asText()).isEqualTo("year");
        assertThat(selfIntersecting.path("pointer").asText()).startsWith("/aoi/coordinates");
        post("/v1/predictions", "{\"aoi\":", null).problem(400, "urn:landcover:problem:malformed-json");
    }

    @Test
    @Order(5)
    void catalogue_listsServedYearsWithCoverageAndTheRegistry() {
        serve();
        JsonNode years = get("/v1/years").json().path("years");
        JsonNode models = get("/v1/models").json().path("models");
        JsonNode year2022 = get("/v1/models/2022").json();

        assertThat(years).hasSize(5);
        assertThat(years.get(0).path("year").asInt()).isEqualTo(2020);
        assertThat(years.get(0).path("coverage").path("type").asText()).isIn("Polygon", "MultiPolygon");
        assertThat(years.get(0).path("syntheticImagery").asBoolean()).isTrue();
        assertThat(models).hasSizeGreaterThanOrEqualTo(5);
        assertThat(models.get(0).path("aliases").toString()).contains("production");
        assertThat(models.get(0).path("metrics").path("overallAccuracy").asDouble())
                .isBetween(0.5, 1.0);
        assertThat(year2022.path("aliases").path("production").asInt()).isEqualTo(1);
        assertThat(year2022.path("history").get(0).path("reason").asText()).isEqualTo("baseline");
        get("/v1/models/2019").problem(404, "urn:landcover:problem:model-not-found");
        assertThat(LandCoverServiceGrpc.newBlockingStub(channel)
                        .listModels(ListModelsRequest.newBuilder().setYear(2022).build())
                        .getModels(0)
                        .getAliasesList())
                .contains("production");
    }

    @Test
    @Order(6)
    void moveAlias_needsTheAdminToken_thenSwapsServingToTheVersion() throws Exception {
        serve();
        String body = "{\"version\":1,\"reason\":\"re-deploy in a test\"}";

        post("/v1/models/2022/aliases/production", body, null).problem(401, "urn:landcover:problem:unauthorized");
        Responses moved = post("/v1/models/2022/aliases/production", body, TestServices.ADMIN_TOKEN);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("to").asInt()).isEqualTo(1);
        assertThat(moved.json().path("reason").asText()).isEqualTo("re-deploy in a test");
        assertThat(post("/v1/predictions", predictBody(stableAoi(), 2022), null).status())
                .isEqualTo(200);
    }

    @Test
    @Order(7)
    void metrics_afterPredictions_passPromtoolAndCountByOutcome(@TempDir Path dir) throws Exception {
        serve();
        ExternalTool.require("promtool");
        post("/v1/predictions", predictBody(stableAoi(), 2024), null);

        String text = get("/metrics").body();

        assertThat(text)
                .contains("landcover_predictions_total{alias=\"production\",model_version=\"v1\",outcome=\"ok\"")
                .contains("landcover_serving_queue_depth{")
                .contains("landcover_model_load_seconds_count")
                .contains("landcover_ready 1");
        Path file = Files.writeString(dir.resolve("metrics.txt"), text);
        ExternalTool.Result promtool =
                ExternalTool.run(new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile()));
        assertThat(promtool.exitCode())
                .as(promtool.stdout() + promtool.stderr())
                .isZero();
    }
}
