package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import landcover.server.LandcoverServer;
import landcover.server.ServedData;
import landcover.server.ServerWiring;
import landcover.server.api.EdgeServices;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every shared GeoJSON edge case as the AOI of a real prediction on the served sample region: as
 * it is (far from the region: the problem validation names, or outside the imagery) and, when its
 * geometry is valid (even if too large where it is), fitted into the region by an affine map (which
 * keeps holes, winding, multi-parts and validity), so each valid shape is also classified.
 */
@ServerTest
class EdgeCasePredictionsIT {
    private static final EdgeServices SERVICES = ServedData.services();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WebClient http;

    EdgeCasePredictionsIT(WebServer server) {
        this.http =
                WebClient.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        ServerWiring.startServingNow(SERVICES);
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    private Responses post(String path, String body) {
        return Responses.read(http.post(path)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(body));
    }

    private Responses predict(String aoi) {
        return post("/v1/predictions", "{\"aoi\":" + aoi + ",\"years\":[2023]}");
    }

    @Test
    void predict_everyEdgeCaseFile_isANamed4xxOr200_andTheServerKeepsServing() throws IOException {
        double[] box = envelope(MAPPER.readTree(stableAoi()));
        int fitted = 0;
        for (Path file : edgeCases()) {
            fitted += predictAsIsAndFitted(file, box) ? 1 : 0;
        }

        assertThat(fitted)
                .as("valid polygonal edge cases, some too large where they are")
                .isEqualTo(17);
        assertClassified(Path.of("stable.geojson"), predict(stableAoi()));
        assertThat(Responses.read(http.get("/health/ready").request()).status()).isEqualTo(200);
    }

    /** Predicts the file as it is, and fitted into the region when its geometry is valid; true if fitted. */
    private boolean predictAsIsAndFitted(Path file, double[] box) throws IOException {
        String aoi = Files.readString(file);
        Responses verdict = post("/v1/aois/validate", aoi);
        Responses asIs = predict(aoi);
        if (verdict.status() == 200) {
            assertValidFarAway(file, asIs);
        } else {
            assertSameProblem(file, asIs, verdict);
        }
        if (verdict.status() != 200 && verdict.status() != 413) {
            return false;
        }
        assertClassified(file, predict(fit(MAPPER.readTree(aoi), box).toString()));
        return true;
    }

    private static List<Path> edgeCases() throws IOException {
        try (Stream<Path> walk = Files.walk(SharedData.path("geojson_edge_cases"))) {
            List<Path> files =
                    walk.filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
            assertThat(files).hasSizeGreaterThan(60);
            return files;
        }
    }

    private static String stableAoi() throws IOException {
        return Files.readString(ServedData.dir().resolve("sample-region/aoi/stable.geojson"));
    }

    /** An invalid AOI gets the very problem validation names (status, type, field, pointer). */
    private static void assertSameProblem(Path file, Responses prediction, Responses verdict) {
        assertThat(verdict.status()).as(file + ": " + verdict.body()).isIn(400, 413, 422);
        JsonNode problem =
                prediction.problem(verdict.status(), verdict.json().path("type").asText());
        JsonNode expected = verdict.json();
        if (!expected.has("pointer")) {
            assertThat(problem.path("detail").asText())
                    .isEqualTo(expected.path("detail").asText());
            return;
        }
        String pointer = "/aoi" + expected.path("pointer").asText();
        assertThat(problem.path("pointer").asText()).as(file.toString()).isEqualTo(pointer);
        assertThat(problem.path("detail").asText())
                .as(file.toString())
                .isEqualTo(expected.path("detail")
                        .asText()
                        .replace("(at " + expected.path("pointer").asText() + ")", "(at " + pointer + ")"));
    }

    /** A valid AOI outside the sample region is refused as outside the imagery, never classified as nodata. */
    private static void assertValidFarAway(Path file, Responses prediction) {
        if (prediction.status() == 200) {
            return;
        }
        JsonNode problem = prediction.problem(422, "urn:landcover:problem:invalid-aoi");
        assertThat(problem.path("problem").asText()).as(file.toString()).isEqualTo("outside_coverage");
        assertThat(problem.path("detail").asText()).contains("outside the imagery of 2023");
    }

    private static void assertClassified(Path file, Responses prediction) {
        assertThat(prediction.status()).as(file + ": " + prediction.body()).isEqualTo(200);
        JsonNode year = prediction.json().path("predictions").get(0);
        assertThat(year.path("model").path("id").asText()).isEqualTo("landcover/2023/v1");
        assertThat(year.path("pixels").path("classified").asLong())
                .as(file.toString())
                .isPositive();
        assertThat(year.path("meanConfidence").asDouble()).isBetween(0.0, 1.0);
        double shares = 0;
        for (JsonNode area : year.path("classAreas")) {
            shares += area.path("share").asDouble();
        }
        assertThat(shares).as(file.toString()).isBetween(0.999, 1.001);
    }

    /** [west, south, east, north] of every position in a GeoJSON object. */
    static double[] envelope(JsonNode node) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        positions(node, p -> {
            box[0] = Math.min(box[0], p.get(0).asDouble());
            box[1] = Math.min(box[1], p.get(1).asDouble());
            box[2] = Math.max(box[2], p.get(0).asDouble());
            box[3] = Math.max(box[3], p.get(1).asDouble());
        });
        return box;
    }

    /** The object with every position mapped affinely from its own envelope onto {@code box}. */
    static JsonNode fit(JsonNode node, double[] box) {
        JsonNode copy = node.deepCopy();
        double[] from = envelope(copy);
        double sx = (box[2] - box[0]) / Math.max(from[2] - from[0], 1e-12);
        double sy = (box[3] - box[1]) / Math.max(from[3] - from[1], 1e-12);
        copy.findParents("bbox").forEach(parent -> ((ObjectNode) parent).remove("bbox"));
        positions(copy, p -> {
            p.set(0, box[0] + (p.get(0).asDouble() - from[0]) * sx);
            p.set(1, box[1] + (p.get(1).asDouble() - from[1]) * sy);
        });
        return copy;
    }

    /** Calls {@code action} on every position (skipping bounding boxes and properties). */
    private static void positions(JsonNode node, Consumer<ArrayNode> action) {
        if (node instanceof ArrayNode array && !array.isEmpty() && array.get(0).isNumber()) {
            if (array.size() >= 2) {
                action.accept(array);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> positions(child, action));
        } else if (node instanceof ObjectNode object) {
            object.properties().stream()
                    .filter(e -> !e.getKey().equals("bbox") && !e.getKey().equals("properties"))
                    .forEach(e -> positions(e.getValue(), action));
        }
    }
}
