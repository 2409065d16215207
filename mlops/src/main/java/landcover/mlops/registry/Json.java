package landcover.mlops.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import landcover.domain.InvalidValueException;

/** The registry's one Jackson mapper and small helpers around it. Thread-safe. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** Parses text that must be a JSON object, naming {@code field} when it is not. */
    static ObjectNode object(String text, String field) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException(field, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidValueException(field, "expected a JSON object");
        }
        return object;
    }

    /** Compact text of a tree. */
    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
