package landcover.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/** Writes response bodies as JSON (maps, lists, records, numbers). Thread-safe. */
final class Json {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {}

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Sends {@code value} as {@code application/json} with the response's current status. */
    static void send(ServerResponse res, Object value) {
        res.header(HeaderNames.CONTENT_TYPE, JSON).send(bytes(value));
    }
}
