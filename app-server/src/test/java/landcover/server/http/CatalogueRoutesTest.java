package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.Locale;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The class scheme, the OpenAPI document and the metrics endpoint. */
@RoutingTest
class CatalogueRoutesTest {
    private static final EdgeServices SERVICES = TestServices.create();
    private static final String PLANNED = "**Not served yet**";

    private final DirectClient client;

    CatalogueRoutesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, SERVICES);
    }

    @Test
    void classes_listTheSchemeWithColours() {
        JsonNode body = Responses.read(client.get("/v1/classes").request()).json();
        assertThat(body.path("scheme").asText()).isEqualTo("landcoverpy-9");
        assertThat(body.path("nodata").asInt()).isZero();
        assertThat(body.path("classes")).hasSize(ClassScheme.DEFAULT.size());
        assertThat(body.path("classes").get(6).path("name").asText()).isEqualTo("closedForest");
        assertThat(body.path("classes").get(6).path("color").asText()).isEqualTo("#007800");
    }

    @Test
    @SuppressWarnings("unchecked")
    void openapi_describesEveryServedOperation_andMarksThePlannedOnes() {
        Responses response = Responses.read(client.get("/openapi").request());
        assertThat(response.contentType()).isEqualTo("application/yaml");
        Map<String, Object> document = new Yaml().load(response.body());
        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        assertThat(paths)
                .containsKeys(
                        "/v1/predictions",
                        "/v1/years",
                        "/v1/classes",
                        "/v1/models",
                        "/v1/models/{year}",
                        "/v1/models/{year}/aliases/{alias}",
                        "/v1/imagery/{year}/tiles/{z}/{x}/{y}.png",
                        "/v1/aois/validate",
                        "/v1/admin/settings",
                        "/health/live",
                        "/health/ready",
                        "/metrics",
                        "/openapi");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String description = String.valueOf(operation.getOrDefault("description", ""));
            int status = status(Method.create(method.toUpperCase(Locale.ROOT)), path);
            if (description.contains(PLANNED)) {
                assertThat(status)
                        .as(method + " " + path + " is marked planned but served")
                        .isEqualTo(404);
            } else {
                assertThat(status)
                        .as(method + " " + path + " is documented but not served")
                        .isNotIn(404, 405);
            }
        }));
    }

    private int status(Method method, String template) {
        String path = template.replace("{year}", "2023")
                .replace("{alias}", "production")
                .replace("{id}", "0123456789abcdef01234567")
                .replaceAll("\\{[a-z]}", "1");
        var request = client.method(method).path(path);
        return Responses.read(method == Method.POST ? request.submit("{}") : request.request())
                .status();
    }

    @Test
    void metrics_countRequestsByRouteTemplate_notByRawPath() {
        Responses.read(client.get("/v1/classes").request());
        Responses.read(client.get("/no/such/path/12345").request());
        Responses response = Responses.read(client.get("/metrics").request());
        assertThat(response.contentType()).startsWith("text/plain; version=0.0.4");
        String text = response.body();
        assertThat(text)
                .contains("landcover_http_request_duration_seconds_count{method=\"GET\",route=\"/v1/classes\","
                        + "status_class=\"2xx\"}")
                .contains("route=\"unmatched\",status_class=\"4xx\"")
                .doesNotContain("12345")
                .contains("landcover_ready 0")
                .contains("jvm_memory_used_bytes");
    }
}
