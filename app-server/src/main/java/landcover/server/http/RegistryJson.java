package landcover.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.Alias;
import landcover.domain.ModelVersion;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.server.api.ModelMetrics;

/** The JSON form of registry versions and alias events (maps for the response writer). Stateless. */
final class RegistryJson {
    private RegistryJson() {}

    static Map<String, Object> version(ModelVersionRecord v, Map<Alias, ModelVersion> aliases) {
        Map<String, Object> out = PredictionJson.model(v.id(), null);
        out.put(
                "aliases",
                aliases.entrySet().stream()
                        .filter(e -> e.getValue().equals(v.id().version()))
                        .map(e -> e.getKey().value())
                        .sorted()
                        .toList());
        out.put("metrics", ModelMetrics.numeric(v.lineage().metrics().json()));
        out.put("registeredAt", v.createdAt().toString());
        out.put("synthetic", v.lineage().synthetic());
        out.put("createdBy", v.lineage().createdBy().who());
        out.put("trigger", v.lineage().createdBy().trigger());
        out.put(
                "parent",
                v.lineage().parent() == null ? null : v.lineage().parent().value());
        out.put("features", List.copyOf(v.lineage().features()));
        out.put("description", v.lineage().description());
        return out;
    }

    static Map<String, Object> event(AliasEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sequence", e.sequence());
        out.put("alias", e.alias().alias().value());
        out.put("year", e.alias().year().value());
        out.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        out.put("from", e.from() == null ? null : e.from().value());
        out.put("to", e.to() == null ? null : e.to().value());
        out.put("by", e.by());
        out.put("reason", e.reason());
        out.put("at", e.at().toString());
        return out;
    }
}
