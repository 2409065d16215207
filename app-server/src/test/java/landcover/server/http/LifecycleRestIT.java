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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import landcover.server.LandcoverServer;
import landcover.server.ServerWiring;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The lifecycle over REST against a running server on its own copy of the embedded SYNTHETIC sample
 * region ({@link LifecycleData}): a notification captured from Alertmanager sent to the webhook, then
 * the story of the change year — the base model's low confidence on burnt ground, ground-truth upload
 * starting retraining by the new-data trigger, the run's steps on one holdout, the shadow's agreement
 * on mirrored traffic, and promotion from shadow while predictions keep coming. (Bad inputs of the
 * same routes: {@link LifecycleRoutesIT}.)
 */
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleRestIT {
    private static final EdgeServices SERVICES = LifecycleData.services();
    /** A notification captured from Alertmanager 0.25 (see the PROVENANCE.md next to it). */
    private static final Path ALERT_FIXTURE = RepoRoot.path()
            .resolve("mlops/src/test/resources/landcover/mlops/monitoring/alerts/"
                    + "alertmanager-0.25-webhook-captured.json");

    private static boolean started;

    private final WebClient http;

    LifecycleRestIT(WebServer server) {
        this.http =
                WebClient.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    private static synchronized void serve() {
        if (!started) {
            ServerWiring.startServingNow(SERVICES);
            started = true;
        }
    }

    /** POSTs to a path; {@code ?name=value&…} after it is sent as query parameters. */
    private Responses post(String path, String contentType, String body, String token) {
        String[] parts = path.split("\\?", 2);
        var request = http.post(parts[0]).header(HeaderNames.CONTENT_TYPE, contentType);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.queryParam(kv[0], kv[1]);
            }
        }
        if (token != null) {
            request.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        return Responses.read(request.submit(body));
    }

    private Responses admin(String path, String body) {
        return post(path, "application/json", body, TestServices.ADMIN_TOKEN);
    }

    private Responses get(String path) {
        return Responses.read(http.get(path).request());
    }

    private static String file(String relative) throws Exception {
        return Files.readString(LifecycleData.dir().resolve(relative));
    }

    private JsonNode predict(String aoi) {
        Responses r = post("/v1/predictions", "application/json", "{\"aoi\":" + aoi + ",\"years\":[2023]}", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("predictions").get(0);
    }

    @Test
    @Order(1)
    void alerts_payloadCapturedFromAlertmanager_recordsNeedsDataAndIgnoresTheResolvedOne() throws Exception {
        serve();
        String payload = Files.readString(ALERT_FIXTURE);
        post("/v1/alerts", "application/json", payload, null).problem(401, "urn:landcover:problem:unauthorized");
        Responses r = admin("/v1/alerts", payload);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode outcomes = r.json().path("outcomes");
        assertThat(r.json().path("receiver").asText()).isEqualTo("landcover-retraining");
        JsonNode drift = outcomes.get(0);
        assertThat(drift.path("source").asText()).isEqualTo("LandcoverFeatureDrift");
        assertThat(drift.path("status").asText()).isEqualTo("ignored");
        assertThat(drift.path("note").asText()).startsWith("resolved");
        JsonNode low = outcomes.get(1);
        assertThat(low.path("source").asText()).isEqualTo("LandcoverLowDailyConfidence");
        assertThat(low.path("year").asInt()).isEqualTo(2023);
        assertThat(low.path("status").asText()).isEqualTo("needs-data");
        JsonNode runs = Responses.read(
                        http.get("/v1/runs").queryParam("year", "2023").request())
                .json()
                .path("runs");
        assertThat(runs.get(0).path("id").asText()).isEqualTo(low.path("run").asText());
    }

    @Test
    @Order(2)
    void lifecycle_overRest_groundTruthRetrainsShadowsAndPromotes() throws Exception {
        serve();
        String burnt = file("sample-region/aoi/changed-2023.geojson");
        String stable = file("sample-region/aoi/stable.geojson");
        double before = predict(burnt).path("meanConfidence").asDouble();
        assertThat(before)
                .isLessThan(0.6)
                .isLessThan(predict(stable).path("meanConfidence").asDouble() - 0.2);
        JsonNode run = awaitRun(uploadStartsARun());
        challengerBeatsChampionOnTheSameHoldout(run);
        agreementOnMirroredTraffic(mirroredShadow(burnt, stable));
        promoteUnderLoad(burnt, stable);
        JsonNode after = predict(burnt);
        assertThat(after.path("model").path("id").asText()).isEqualTo("landcover/2023/v2");
        assertThat(after.path("meanConfidence").asDouble()).isGreaterThan(before + 0.3);
        assertThat(historyTail(3)).containsExactly("shadow move 2", "production move 2", "shadow clear null");
    }

    /**
     * The survey of the burnt ground: its 409 unused items pass the server's new-data threshold (100),
     * so the upload itself starts a run, and the alert Alertmanager sends again meanwhile is recorded
     * as skipped, naming that run.
     */
    private String uploadStartsARun() throws Exception {
        Responses upload = post(
                "/v1/years/2023/ground-truth?source=2023-new.geojson&by=surveyor",
                "application/geo+json",
                file("sample-region/points/2023-new.geojson"),
                TestServices.ADMIN_TOKEN);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        assertThat(upload.json().path("points").asInt()).isEqualTo(409);
        assertThat(upload.json().path("used").asBoolean()).isFalse();
        JsonNode started = upload.json().path("newDataTrigger");
        assertThat(started.path("status").asText()).isIn("queued", "running");
        String runId = started.path("run").asText();
        JsonNode outcome = admin("/v1/alerts", Files.readString(ALERT_FIXTURE))
                .json()
                .path("outcomes")
                .get(1);
        assertThat(outcome.path("status").asText()).isEqualTo("skipped");
        assertThat(outcome.path("note").asText()).contains(runId);
        return runId;
    }

    private void challengerBeatsChampionOnTheSameHoldout(JsonNode run) {
        assertThat(run.path("status").asText()).as(run.path("message").asText()).isEqualTo("succeeded");
        assertThat(run.path("decision").asText()).isEqualTo("shadow");
        assertThat(run.path("challenger").asInt()).isEqualTo(2);
        JsonNode split = run.path("steps").get(2);
        JsonNode evaluate = run.path("steps").get(4);
        assertThat(split.path("step").asText()).isEqualTo("split");
        assertThat(evaluate.path("inputs").path("holdout").asText())
                .isEqualTo(split.path("outputs").path("holdoutSha256").asText());
        JsonNode scores = evaluate.path("outputs");
        assertThat(scores.at("/challenger/overallAccuracy").asDouble())
                .isGreaterThan(scores.at("/champion/overallAccuracy").asDouble());
        JsonNode batch =
                get("/v1/years/2023/ground-truth").json().path("batches").get(0);
        assertThat(batch.path("used").asBoolean()).isTrue();
    }

    /** The mirrored request over burnt ground came first; the one over stable ground second. */
    private static void agreementOnMirroredTraffic(JsonNode shadow) {
        assertThat(shadow.path("shadow").asText()).isEqualTo("landcover/2023/v2");
        JsonNode onStable = shadow.path("recent").get(0);
        JsonNode onBurnt = shadow.path("recent").get(1);
        assertThat(onBurnt.path("at").asText()).isLessThan(onStable.path("at").asText());
        assertThat(onStable.path("agreement").asDouble()).isGreaterThan(0.9);
        assertThat(onBurnt.path("agreement").asDouble()).isLessThan(0.5);
        assertThat(onBurnt.path("shadowConfidence").asDouble())
                .isGreaterThan(onBurnt.path("productionConfidence").asDouble() + 0.2);
        assertThat(shadow.path("rolling").path("agreement").asDouble())
                .isBetween(
                        onBurnt.path("agreement").asDouble(),
                        onStable.path("agreement").asDouble());
    }

    private List<String> historyTail(int events) {
        JsonNode history = get("/v1/models/2023").json().path("history");
        List<String> tail = new ArrayList<>();
        for (int i = history.size() - events; i < history.size(); i++) {
            JsonNode e = history.get(i);
            tail.add(e.path("alias").asText() + " " + e.path("kind").asText() + " "
                    + e.path("to").asText());
        }
        return tail;
    }

    private JsonNode awaitRun(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        JsonNode run = get("/v1/runs/" + id).json();
        while (List.of("queued", "running").contains(run.path("status").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            run = get("/v1/runs/" + id).json();
        }
        return run;
    }

    /**
     * Every tenth production request is mirrored: ten over burnt ground, then ten over stable ground,
     * give the shadow one of each, in that order.
     */
    private JsonNode mirroredShadow(String burnt, String stable) throws InterruptedException {
        for (String aoi : List.of(burnt, stable)) {
            for (int i = 0; i < 10; i++) {
                predict(aoi);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        Responses r = get("/v1/models/2023/shadow");
        while ((r.status() != 200 || r.json().path("mirrored").asInt() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = get("/v1/models/2023/shadow");
        }
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("mirrored").asInt()).isGreaterThanOrEqualTo(2);
        return r.json();
    }

    /** Two clients keep predicting while the shadow is promoted; every answer is a 200. */
    private void promoteUnderLoad(String burnt, String stable) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (String aoi : List.of(burnt, stable)) {
            clients.submit(() -> {
                while (!stop.get()) {
                    answers.add(answeringModel(aoi));
                }
            });
        }
        Responses promoted;
        try {
            awaitAnswers(answers, 10);
            promoted = admin("/v1/models/2023/shadow/promote?by=ana", "");
            awaitAnswers(answers, answers.size() + 10);
        } finally {
            stop.set(true);
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().path("events").get(0).path("to").asText()).isEqualTo("v2");
        assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("landcover/2023/"));
        assertThat(answers).contains("landcover/2023/v1", "landcover/2023/v2");
    }

    /** The model id a prediction names, or the HTTP status and body of a failed one. */
    private String answeringModel(String aoi) {
        Responses r = post("/v1/predictions", "application/json", "{\"aoi\":" + aoi + ",\"years\":[2023]}", null);
        return r.status() == 200
                ? r.json().path("predictions").get(0).at("/model/id").asText()
                : "HTTP " + r.status() + " " + r.body();
    }

    private static void awaitAnswers(ConcurrentLinkedQueue<String> answers, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (answers.size() < count) {
            assertThat(System.nanoTime()).as("answers in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
