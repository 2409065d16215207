package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.PredictionService;
import landcover.mlops.serving.PredictionServices;
import landcover.mlops.serving.ResultRetention;
import landcover.mlops.serving.ResultStore;
import landcover.mlops.serving.ResultStores;
import landcover.mlops.serving.ServingSettings;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.server.ServedData;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.server.api.ServingState;
import org.junit.jupiter.api.Test;

/** The job flow over REST: every AOI is "large" here (threshold one pixel), so it answers 202 and is polled. */
@RoutingTest
class PredictionJobRoutesTest {
    private static final EdgeServices SERVICES = services();

    private final DirectClient client;

    PredictionJobRoutesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, SERVICES);
    }

    private static EdgeServices services() {
        EdgeServices base = TestServices.create();
        EmbeddedLayout layout = ServedData.bootstrapped();
        ModelRegistry registry = ModelRegistries.open(layout.registry());
        ImagerySource imagery = LocalCatalog.open(layout.catalog());
        ResultStore store;
        try {
            store = ResultStores.files(
                    Files.createTempDirectory("job-results-"), ResultRetention.defaults(), Clock.systemUTC());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PredictionService service = PredictionServices.builder(registry, imagery, store)
                .settings(ServingSettings.defaults().withJobThresholdPixels(1).withRefreshInterval(Duration.ZERO))
                .start();
        ServingState serving = new ServingState(base.readiness().require("jobs", "starting"));
        serving.started(new ServingState.Running(service, registry, () -> {
            service.close();
            imagery.close();
            registry.close();
        }));
        return new EdgeServices(
                base.settings(),
                base.classes(),
                base.aois(),
                base.readiness(),
                base.metrics(),
                base.authenticator(),
                serving,
                base.lifecycle());
    }

    private Responses get(String path, String year) {
        var request = client.get(path);
        if (year != null) {
            request.queryParam("year", year);
        }
        return Responses.read(request.request());
    }

    private JsonNode await(String location) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Responses r = get(location, null);
            if (r.status() == 200) {
                return r.json();
            }
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            Thread.sleep(50);
        }
        throw new AssertionError("job at " + location + " did not finish");
    }

    @Test
    void predict_largeAoi_is202WithALocationThatEndsInTheResult() throws Exception {
        String aoi = Files.readString(ServedData.dir().resolve("sample-region/aoi/stable.geojson"));

        Responses accepted = Responses.read(client.post("/v1/predictions")
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"aoi\":" + aoi + ",\"years\":[2023,2020]}"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().first(HeaderNames.LOCATION).orElseThrow();
        assertThat(location)
                .startsWith("/v1/predictions/")
                .isEqualTo(accepted.json().path("location").asText());
        JsonNode result = await(location);
        assertThat(result.path("predictions")).hasSize(2);
        assertThat(result.path("predictions").get(0).path("model").path("id").asText())
                .isEqualTo("landcover/2023/v1");
        assertThat(result.path("predictions").get(1).path("replica").asText()).isEqualTo("job");
        get(location + "/raster", null).problem(422, "urn:landcover:problem:invalid-value");
        Responses raster = get(location + "/raster", "2020");
        assertThat(raster.status()).isEqualTo(200);
        assertThat(raster.contentType()).startsWith("image/tiff");
        assertThat(get(location + "/probabilities", "2020").status()).isEqualTo(404);
        assertThat(get("/v1/predictions/0123456789abcdef01234567", null).status())
                .isEqualTo(404);
        assertThat(get("/v1/predictions/not-an-id", null).status()).isEqualTo(404);
    }
}
