package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import org.junit.jupiter.api.Test;

/** Admin and client-API access in API-key mode, through the real routes. */
@RoutingTest
class AccessGuardTest {
    private static final EdgeServices SERVICES = TestServices.withApiKeys();
    private static final String AOI = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}";

    private final DirectClient client;

    AccessGuardTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, SERVICES);
    }

    private Responses settings(String authorization) {
        var request = client.get("/v1/admin/settings");
        if (authorization != null) {
            request.header(HeaderNames.AUTHORIZATION, authorization);
        }
        return Responses.read(request.request());
    }

    private Responses validate(String authorization) {
        var request = client.post("/v1/aois/validate").header(HeaderNames.CONTENT_TYPE, "application/json");
        if (authorization != null) {
            request.header(HeaderNames.AUTHORIZATION, authorization);
        }
        return Responses.read(request.submit(AOI));
    }

    @Test
    void admin_withoutToken_is401WithBearerChallenge() {
        Responses response = settings(null);
        response.problem(401, "urn:landcover:problem:unauthorized");
        assertThat(response.headers().first(HeaderNames.WWW_AUTHENTICATE)).hasValue("Bearer realm=\"landcover\"");
    }

    @Test
    void admin_withWrongToken_is401InvalidToken() {
        Responses response = settings("Bearer not-the-token");
        response.problem(401, "urn:landcover:problem:unauthorized");
        assertThat(response.headers().first(HeaderNames.WWW_AUTHENTICATE).orElseThrow())
                .contains("error=\"invalid_token\"");
    }

    @Test
    void admin_withApiKey_is403() {
        settings("Bearer " + TestServices.API_KEY).problem(403, "urn:landcover:problem:forbidden");
    }

    @Test
    void admin_withAdminToken_getsTheSettings_withoutSecrets() {
        Responses response = settings("Bearer " + TestServices.ADMIN_TOKEN);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("security").path("apiAccess").asText()).isEqualTo("api-keys");
        assertThat(response.json().path("limits").path("maxBodyBytes").asLong()).isEqualTo(TestServices.MAX_BODY_BYTES);
        assertThat(response.body()).doesNotContain(TestServices.ADMIN_TOKEN, TestServices.API_KEY, "sha256:");
    }

    @Test
    void clientApi_inApiKeyMode_needsAKey() {
        validate(null).problem(401, "urn:landcover:problem:unauthorized");
        validate("Bearer wrong").problem(401, "urn:landcover:problem:unauthorized");
        validate("Basic dXNlcjpwYXNz").problem(401, "urn:landcover:problem:unauthorized");
        assertThat(validate("Bearer " + TestServices.API_KEY).status()).isEqualTo(200);
        assertThat(validate("bearer " + TestServices.ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void openEndpoints_needNoKey() {
        assertThat(Responses.read(client.get("/v1/classes").request()).status()).isEqualTo(200);
        assertThat(Responses.read(client.get("/health/live").request()).status())
                .isEqualTo(200);
    }
}
