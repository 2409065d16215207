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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import landcover.server.LandcoverServer;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST socket over real HTTP: every shared GeoJSON file, size limits, malformed HTTP, promtool. */
@ServerTest
class RestServerIT {
    private static final EdgeServices SERVICES = TestServices.create();
    /** Files the domain's SharedAoiFixturesTest finds valid (with no area limit). */
    private static final int VALID_FILES = 24;

    private final WebClient http;
    private final int port;

    RestServerIT(WebServer server) {
        this.port = server.port();
        this.http = WebClient.builder().baseUri("http://localhost:" + port).build();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    private Responses post(String path, byte[] body) {
        return Responses.read(http.post(path)
                .header(HeaderNames.CONTENT_TYPE, "application/geo+json")
                .submit(body));
    }

    private Responses get(String path) {
        return Responses.read(http.get(path).request());
    }

    @Test
    void validate_everySharedGeoJsonFile_is200OrANamed4xxProblem_andTheServerKeepsServing() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(
                Files.walk(SharedData.path("geojson_edge_cases")), Files.walk(SharedData.path("geojson_aoi")))) {
            files = walk.filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(70);
        int valid = 0;
        int tooLarge = 0;
        for (Path file : files) {
            Responses response = post("/v1/aois/validate", Files.readAllBytes(file));
            JsonNode body = response.json();
            if (response.status() == 200) {
                assertThat(body.path("valid").asBoolean()).as(file.toString()).isTrue();
                valid++;
            } else {
                assertThat(response.status()).as(file + ": " + response.body()).isIn(400, 413, 422);
                assertThat(response.contentType()).isEqualTo("application/problem+json");
                assertThat(body.path("detail").asText()).as(file.toString()).isNotBlank();
                if (response.status() == 422) {
                    assertThat(body.has("pointer")).as(file.toString()).isTrue();
                }
                if (response.status() == 413) {
                    assertThat(body.path("type").asText()).isEqualTo("urn:landcover:problem:aoi-too-large");
                    assertThat(body.path("areaM2").asDouble())
                            .isGreaterThan(body.path("limit").asDouble());
                    tooLarge++;
                }
            }
        }
        // Every valid file is either measured or refused only for its size (over 20,000 km²).
        assertThat(valid + tooLarge).isEqualTo(VALID_FILES);
        // Many turf fixtures span whole countries: 13 of the 24 are over the limit.
        assertThat(tooLarge).isEqualTo(13);
        assertThat(get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void validate_bodyOverTheListenerLimit_is413Problem() {
        byte[] big = new byte[(int) TestServices.MAX_BODY_BYTES + 10];
        JsonNode problem = post("/v1/aois/validate", big).problem(413, "urn:landcover:problem:body-too-large");
        assertThat(problem.path("limit").asLong()).isEqualTo(TestServices.MAX_BODY_BYTES);
        assertThat(get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void malformedHeader_isA400Problem_andTheConnectionCloses() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /v1/classes HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response)
                    .startsWith("HTTP/1.1 400")
                    .contains("Content-Type: application/problem+json")
                    .contains("\"status\":400");
        }
    }

    @Test
    void metrics_passPromtool(@TempDir Path dir) throws IOException {
        ExternalTool.require("promtool");
        get("/v1/classes");
        get("/nope");
        Responses response = get("/metrics");
        assertThat(response.contentType()).startsWith("text/plain; version=0.0.4");
        Path text = Files.writeString(dir.resolve("metrics.txt"), response.body());
        ProcessBuilder promtool = new ProcessBuilder("promtool", "check", "metrics").redirectInput(text.toFile());
        ExternalTool.Result result = ExternalTool.run(promtool);
        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout() + result.stderr()).isBlank();
        assertThat(response.body())
                .contains("landcover_http_request_duration_seconds_bucket{method=\"GET\",route=\"/v1/classes\"")
                .contains("jvm_threads_current");
    }
}
