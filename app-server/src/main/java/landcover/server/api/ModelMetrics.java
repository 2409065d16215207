package landcover.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import landcover.domain.json.JsonReader;

/** A model's metrics as both edges show them. Stateless. */
public final class ModelMetrics {
    private ModelMetrics() {}

    /**
     * The numeric top-level members of a metrics document (e.g. {@code overallAccuracy}, {@code
     * kappa}), in document order; other members are left out.
     */
    public static Map<String, Double> numeric(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (JsonReader.parse(json) instanceof Map<?, ?> m) {
            m.forEach((k, value) -> {
                if (value instanceof Number n) {
                    out.put(String.valueOf(k), n.doubleValue());
                }
            });
        }
        return out;
    }
}
