package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.registry.RegistryConflictException;
import landcover.server.TestServices;
import landcover.server.api.Bulkhead;
import landcover.server.api.EdgeServices;
import org.junit.jupiter.api.Test;

/** Every row of the problem table, through the real routing and error handlers (no socket). */
@RoutingTest
class ProblemTableTest {
    private static final EdgeServices SERVICES = TestServices.create();
    private static final Bulkhead BUSY = new Bulkhead("test-work", 1, 0, Duration.ofSeconds(3));
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private final DirectClient client;

    ProblemTableTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, SERVICES);
        routing.get("/test/boom", (req, res) -> {
            throw new IllegalStateException("secret internal detail: jdbc:h2:/var/lib/landcover/db");
        });
        routing.get("/test/year", (req, res) -> {
            throw new InvalidValueException("year", "1999 is outside the Sentinel-2 era");
        });
        routing.get("/test/no-model", (req, res) -> {
            throw ModelNotFoundException.ofYear(new ModelName("landcover"), new Year(2023));
        });
        routing.get("/test/conflict", (req, res) -> {
            throw new RegistryConflictException("landcover/2023@production", "the alias moved meanwhile");
        });
        routing.get("/test/busy", (req, res) -> res.send(BUSY.call(ProblemTableTest::awaitRelease)));
    }

    private static String awaitRelease() {
        try {
            RELEASE.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }

    @Test
    void unknownRoute_isA404Problem() {
        JsonNode problem =
                Responses.read(client.get("/no/such/thing").request()).problem(404, "about:blank");
        assertThat(problem.path("title").asText()).isEqualTo("Not Found");
        assertThat(problem.path("instance").asText()).isEqualTo("/no/such/thing");
    }

    @Test
    void wrongMethod_isA405ProblemWithAllow() {
        Responses response = Responses.read(client.delete("/v1/classes").request());
        response.problem(405, "about:blank");
        assertThat(response.headers().first(HeaderNames.ALLOW)).hasValue("GET");
    }

    @Test
    void invalidValue_isA422NamingTheField() {
        JsonNode problem =
                Responses.read(client.get("/test/year").request()).problem(422, "urn:landcover:problem:invalid-value");
        assertThat(problem.path("field").asText()).isEqualTo("year");
        assertThat(problem.path("detail").asText()).contains("1999");
    }

    @Test
    void yearWithoutModel_isA404NamingTheYear_andRegistryConflictA409() {
        JsonNode missing = Responses.read(client.get("/test/no-model").request())
                .problem(404, "urn:landcover:problem:model-not-found");
        assertThat(missing.path("year").asInt()).isEqualTo(2023);
        assertThat(missing.path("detail").asText()).contains("no version of model landcover is registered for 2023");
        JsonNode conflict = Responses.read(client.get("/test/conflict").request())
                .problem(409, "urn:landcover:problem:registry-conflict");
        assertThat(conflict.path("subject").asText()).isEqualTo("landcover/2023@production");
    }

    @Test
    void unmappedException_isA500WithErrorId_andHidesTheMessage_butLogsIt() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(ProblemTable.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        try {
            Responses response = Responses.read(client.get("/test/boom").request());
            JsonNode problem = response.problem(500, "urn:landcover:problem:internal");
            String errorId = problem.path("errorId").asText();
            assertThat(errorId).matches("[0-9a-f-]{36}");
            assertThat(response.body()).doesNotContain("secret", "jdbc", "IllegalState", "\tat ");
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getMessage()).contains(errorId);
                assertThat(record.getThrown()).hasMessageContaining("secret internal detail");
            });
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void overloaded_isA429WithRetryAfter_andTheWorkInFlightCompletes() throws Exception {
        CompletableFuture<Responses> first = CompletableFuture.supplyAsync(
                () -> Responses.read(client.get("/test/busy").request()),
                command -> Thread.ofVirtual().start(command));
        while (BUSY.running() == 0) {
            Thread.onSpinWait();
        }
        Responses refused = Responses.read(client.get("/test/busy").request());
        JsonNode problem = refused.problem(429, "urn:landcover:problem:overloaded");
        assertThat(refused.headers().first(HeaderNames.RETRY_AFTER)).hasValue("3");
        assertThat(problem.path("resource").asText()).isEqualTo("test-work");
        RELEASE.countDown();
        assertThat(first.get().status()).isEqualTo(200);
        assertThat(first.get().body()).isEqualTo("done");
    }

    @Test
    void bodyOverTheLimit_isA413NamingTheLimit() {
        byte[] big = new byte[(int) TestServices.MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        JsonNode problem = Responses.read(client.post("/v1/aois/validate")
                        .header(HeaderNames.CONTENT_TYPE, "application/json")
                        .submit(big))
                .problem(413, "urn:landcover:problem:body-too-large");
        assertThat(problem.path("limit").asLong()).isEqualTo(TestServices.MAX_BODY_BYTES);
    }

    @Test
    void wrongContentType_isA415ListingTheAcceptedTypes() {
        JsonNode problem = Responses.read(client.post("/v1/aois/validate")
                        .header(HeaderNames.CONTENT_TYPE, "text/csv")
                        .submit("a,b"))
                .problem(415, "urn:landcover:problem:unsupported-media-type");
        assertThat(problem.path("detail").asText()).contains("application/geo+json");
    }

    @Test
    void malformedJson_isA400WithThePosition() {
        JsonNode problem = Responses.read(client.post("/v1/aois/validate")
                        .header(HeaderNames.CONTENT_TYPE, "application/json")
                        .submit("{\"type\": \"Polygon\","))
                .problem(400, "urn:landcover:problem:malformed-json");
        assertThat(problem.path("detail").asText()).contains("line 1, column 20");
    }

    @Test
    void invalidUtf8_isA400() {
        Responses.read(client.post("/v1/aois/validate")
                        .header(HeaderNames.CONTENT_TYPE, "application/json")
                        .submit(new byte[] {'{', (byte) 0xff, '}'}))
                .problem(400, "urn:landcover:problem:malformed-request");
    }

    @Test
    void emptyBody_isA400() {
        Responses.read(client.post("/v1/aois/validate").request())
                .problem(400, "urn:landcover:problem:malformed-request");
    }
}
