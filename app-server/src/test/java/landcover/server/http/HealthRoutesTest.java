package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import landcover.mlops.monitoring.ReadinessGate;
import org.junit.jupiter.api.Test;

@RoutingTest
class HealthRoutesTest {
    private static final ReadinessGate GATE = new ReadinessGate();
    private static final ReadinessGate.Condition MODELS = GATE.require("production-models", "models not loaded");

    private final DirectClient client;

    HealthRoutesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemTable.register(routing);
        HealthRoutes.routing(routing, GATE);
    }

    @Test
    void live_isAlwaysUp() {
        Responses response = Responses.read(client.get("/health/live").request());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void ready_followsTheGate_andNamesTheUnmetCondition() {
        MODELS.markUnmet("models not loaded");
        Responses down = Responses.read(client.get("/health/ready").request());
        assertThat(down.status()).isEqualTo(503);
        JsonNode check = down.json().path("checks").get(0);
        assertThat(check.path("name").asText()).isEqualTo("production-models");
        assertThat(check.path("status").asText()).isEqualTo("DOWN");
        assertThat(check.path("detail").asText()).isEqualTo("models not loaded");

        MODELS.markMet();
        Responses up = Responses.read(client.get("/health/ready").request());
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("status").asText()).isEqualTo("UP");
        assertThat(up.json().path("checks").get(0).has("detail")).isFalse();
    }
}
