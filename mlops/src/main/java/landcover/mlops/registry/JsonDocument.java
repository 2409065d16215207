package landcover.mlops.registry;

import java.util.Objects;

/**
 * A JSON object kept as compact text: hyperparameters, metrics. The text is checked to be one
 * JSON object and normalised (whitespace removed, member order kept), so equal documents compare
 * equal.
 *
 * @param json the object as compact JSON text
 */
public record JsonDocument(String json) {
    /** The empty object {@code {}}. */
    public static final JsonDocument EMPTY = new JsonDocument("{}");

    public JsonDocument {
        json = Json.text(Json.object(Objects.requireNonNull(json, "json"), "json"));
    }

    /**
     * Parses a JSON object, naming {@code field} in the error.
     *
     * @throws landcover.domain.InvalidValueException when the text is not one JSON object
     */
    public static JsonDocument parse(String json, String field) {
        return new JsonDocument(Json.text(Json.object(Objects.requireNonNull(json, field), field)));
    }

    @Override
    public String toString() {
        return json;
    }
}
