package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.nio.file.Files;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

@RoutingTest
class AoiRoutesTest {
    private static final EdgeServices SERVICES = TestServices.create();

    private final DirectClient client;

    AoiRoutesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, SERVICES);
    }

    private Responses post(String sharedFile) throws IOException {
        return Responses.read(client.post("/v1/aois/validate")
                .header(HeaderNames.CONTENT_TYPE, "application/geo+json")
                .submit(Files.readString(SharedData.path(sharedFile))));
    }

    @Test
    void validate_teatinosCampus_answersTheCliNumbers() throws IOException {
        Responses response = post("geojson_aoi/malaga_teatinos_campus.geojson");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        JsonNode body = response.json();
        assertThat(body.path("valid").asBoolean()).isTrue();
        // The same figure `landcover validate-aoi` prints (CliTest), and pyproj's within 1 mm².
        assertThat(body.path("areaM2").asDouble()).isEqualTo(1681800.606);
        assertThat(body.path("bbox").get(0).asDouble()).isCloseTo(-4.5014119, within(1e-7));
        assertThat(body.path("bbox").get(3).asDouble()).isCloseTo(36.7205859, within(1e-7));
        assertThat(body.path("polygons").asInt()).isEqualTo(1);
    }

    @Test
    void validate_sierraNievesForestTypes_countsItsDisjointPolygons() throws IOException {
        JsonNode body =
                post("geojson_aoi/sierra_nieves_forest_types_polygons.geojson").json();
        assertThat(body.path("valid").asBoolean()).isTrue();
        // 69 features that touch nowhere: the union keeps all 69.
        assertThat(body.path("polygons").asInt()).isEqualTo(69);
    }

    @Test
    void validate_hourglass_is422WithPointerAndLocation() throws IOException {
        JsonNode problem = post("geojson_edge_cases/turf_unkink_polygon_in/hourglass.geojson")
                .problem(422, "urn:landcover:problem:invalid-aoi");
        assertThat(problem.path("problem").asText()).isEqualTo("self_intersection");
        assertThat(problem.path("pointer").asText()).isEqualTo("/geometry/coordinates");
        assertThat(problem.path("location").get(0).asDouble()).isEqualTo(1.0);
        assertThat(problem.path("location").get(1).asDouble()).isEqualTo(1.0);
        assertThat(problem.path("detail").asText()).contains("self-intersection at (1.000000, 1.000000)");
    }

    @Test
    void validate_spanishProvinces_pointsAtTheDegenerateCanaryRing() throws IOException {
        JsonNode problem =
                post("geojson_aoi/spain_provinces_cartodb.geojson").problem(422, "urn:landcover:problem:invalid-aoi");
        assertThat(problem.path("pointer").asText()).startsWith("/features/4/geometry/coordinates/");
        assertThat(problem.path("location").get(0).asDouble()).isCloseTo(-13.499276, within(1e-6));
        assertThat(problem.path("detail").asText()).contains("Las Palmas");
    }

    @Test
    void validate_andalucia_isTooLarge_withAreaAndLimit() throws IOException {
        JsonNode problem = post("geojson_aoi/andalucia_community_cartodb.geojson")
                .problem(413, "urn:landcover:problem:aoi-too-large");
        assertThat(problem.path("limit").asDouble()).isEqualTo(20_000e6);
        assertThat(problem.path("areaM2").asDouble()).isGreaterThan(80_000e6);
    }

    @Test
    void validate_points_is422NotAPolygon() throws IOException {
        JsonNode problem = post("geojson_edge_cases/geojsonhint_good/good-point.geojson")
                .problem(422, "urn:landcover:problem:invalid-aoi");
        assertThat(problem.path("problem").asText()).isEqualTo("not_a_polygon");
    }

    @Test
    void validate_getInsteadOfPost_is405() {
        Responses.read(client.get("/v1/aois/validate").request()).problem(405, "about:blank");
    }
}
