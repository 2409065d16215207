package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A response read whole: status, content type, headers of interest, body. */
record Responses(int status, String contentType, String body, io.helidon.http.ClientResponseHeaders headers) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Responses read(HttpClientResponse response) {
        try (response) {
            return new Responses(
                    response.status().code(),
                    response.headers().first(HeaderNames.CONTENT_TYPE).orElse(""),
                    response.as(String.class),
                    response.headers());
        }
    }

    JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    /** Asserts an RFC 9457 problem with this status and type, and returns it. */
    JsonNode problem(int expectedStatus, String type) {
        assertThat(status).as(body).isEqualTo(expectedStatus);
        assertThat(contentType).isEqualTo("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.has("instance")).isTrue();
        return problem;
    }
}
