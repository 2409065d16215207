package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import landcover.domain.aoi.Aoi;
import landcover.server.LandcoverServer;
import landcover.server.ServerWiring;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's REST routes over real sockets, on a private copy of the bootstrapped data directory, started beside serving as {@code landcover server}
 * starts them, on the embedded sample region: the Alertmanager webhook, ground-truth intake, runs,
 * shadow status and monitoring. Each bad input answers a named problem; nothing here starts a
 * retraining run (the uploads stay below the new-data threshold and the bootstrap leaves no unused
 * ground truth), so the test stays quick.
 */
@ServerTest
class LifecycleRoutesIT {
    private static final Path DATA = LifecycleData.newDir();
    private static final EdgeServices SERVICES = LifecycleData.services(DATA);

    private final WebClient http;

    LifecycleRoutesIT(WebServer server) {
        this.http =
                WebClient.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    @BeforeAll
    static void serve() {
        ServerWiring.startServingNow(SERVICES);
        assertThat(SERVICES.lifecycle().current())
                .as("lifecycle started beside serving")
                .isPresent();
    }

    private Responses post(String path, String contentType, String body, boolean admin) {
        var request = http.post(path).header(HeaderNames.CONTENT_TYPE, contentType);
        if (admin) {
            request.header(HeaderNames.AUTHORIZATION, "Bearer " + TestServices.ADMIN_TOKEN);
        }
        return Responses.read(request.submit(body));
    }

    private Responses postCsv(String path, String source, String csv) {
        return Responses.read(http.post(path)
                .queryParam("source", source)
                .header(HeaderNames.CONTENT_TYPE, "text/csv")
                .header(HeaderNames.AUTHORIZATION, "Bearer " + TestServices.ADMIN_TOKEN)
                .submit(csv));
    }

    private Responses get(String path) {
        return Responses.read(http.get(path).request());
    }

    @Test
    void alertWebhook_firingAndResolvedAlerts_answerOneOutcomePerAlert() throws Exception {
        // Alertmanager's webhook v4 schema with one firing and one resolved alert (mlops fixture, see its
        // PROVENANCE.md; the REST lifecycle story sends a payload captured from a real Alertmanager).
        String payload = Files.readString(RepoRoot.path()
                .resolve("mlops/src/test/resources/landcover/mlops/monitoring/alerts/alertmanager-webhook-v4.json"));
        post("/v1/alerts", "application/json", payload, false).problem(401, "urn:landcover:problem:unauthorized");

        Responses ok = post("/v1/alerts", "application/json", payload, true);

        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode outcomes = ok.json().path("outcomes");
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).path("year").asInt()).isEqualTo(2023);
        assertThat(outcomes.get(0).path("status").asText()).isEqualTo("needs-data");
        assertThat(outcomes.get(1).path("status").asText()).isEqualTo("ignored");
        assertThat(outcomes.get(1).path("note").asText()).startsWith("resolved");
    }

    @Test
    void alertWebhook_malformedPayloads_are400ProblemsNamingTheMember() {
        post("/v1/alerts", "application/json", "{\"receiver\":\"x\",\"alerts\":", true)
                .problem(400, "urn:landcover:problem:invalid-alert-payload");
        Responses noAlerts = post("/v1/alerts", "application/json", "{\"receiver\":\"x\",\"status\":\"firing\"}", true);
        noAlerts.problem(400, "urn:landcover:problem:invalid-alert-payload");
        assertThat(noAlerts.body()).contains("alerts");
    }

    @Test
    void groundTruth_csvBatch_isStoredOnceAndListed() throws Exception {
        double[] b = Aoi.parse(Files.readString(DATA.resolve("sample-region/aoi/stable.geojson")))
                .bbox()
                .toArray();
        // Points drawn at random inside the AOI: new bytes on every run, even over a kept fixture.
        Random random = new Random();
        String csv = String.format(
                Locale.ROOT,
                "lon,lat,class%n%.7f,%.7f,1%n%.7f,%.7f,2%n",
                b[0] + (b[2] - b[0]) * random.nextDouble(),
                b[1] + (b[3] - b[1]) * random.nextDouble(),
                b[0] + (b[2] - b[0]) * random.nextDouble(),
                b[1] + (b[3] - b[1]) * random.nextDouble());

        Responses created = postCsv("/v1/years/2022/ground-truth", "field-survey", csv);
        Responses again = postCsv("/v1/years/2022/ground-truth", "field-survey", csv);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("points").asInt()).isEqualTo(2);
        assertThat(created.json().path("newDataTrigger").isNull())
                .as("below the threshold: no run")
                .isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText())
                .isEqualTo(created.json().path("id").asText());
        JsonNode listed = get("/v1/years/2022/ground-truth").json().path("batches");
        assertThat(listed.findValuesAsText("id"))
                .contains(created.json().path("id").asText());
    }

    @Test
    void groundTruth_badItems_are422NamingEachItem() {
        Responses bad = post("/v1/years/2022/ground-truth", "text/csv", "lon,lat,class\n-4.4,36.7,42\n", true);
        bad.problem(422, "urn:landcover:problem:invalid-ground-truth");
        assertThat(bad.body()).contains("42");
        post("/v1/years/2022/ground-truth", "text/csv", "lon,lat,class\n", false)
                .problem(401, "urn:landcover:problem:unauthorized");
        post("/v1/years/1999/ground-truth", "text/csv", "lon,lat,class\n", true)
                .problem(422, "urn:landcover:problem:invalid-value");
    }

    @Test
    void runsShadowAndMonitoring_answerWhatTheLifecycleKnows() {
        get("/v1/runs/no-such-run").problem(404, "urn:landcover:problem:run-not-found");
        get("/v1/models/2022/shadow").problem(404, "urn:landcover:problem:model-not-found");
        Responses monitoring = get("/v1/years/2022/monitoring");
        assertThat(monitoring.status()).as(monitoring.body()).isEqualTo(200);
        assertThat(monitoring.json().path("year").asInt()).isEqualTo(2022);
        assertThat(get("/v1/runs").status()).isEqualTo(200);
    }
}
