package landcover.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ArtifactEntry;
import landcover.mlops.registry.JsonDocument;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelVersionRecord;

/** Registry records as JSON-ready maps for {@code --json} output. */
final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {}

    static Map<String, Object> version(ModelVersionRecord r) {
        Map<String, Object> out = summary(r);
        out.put("lineage", lineage(r.lineage()));
        List<Map<String, Object>> artifacts = new ArrayList<>();
        for (ArtifactEntry a : r.artifacts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", a.name());
            entry.put("sha256", a.sha256().hex());
            entry.put("sizeBytes", a.sizeBytes());
            entry.put("mediaType", a.mediaType());
            artifacts.add(entry);
        }
        out.put("artifacts", artifacts);
        return out;
    }

    static Map<String, Object> summary(ModelVersionRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id().toString());
        out.put("year", r.id().year().value());
        out.put("version", r.id().version().value());
        out.put("createdAt", r.createdAt().toString());
        out.put("createdBy", r.lineage().createdBy().who());
        out.put("synthetic", r.lineage().synthetic());
        out.put("metrics", tree(r.lineage().metrics()));
        out.put("importedFrom", r.importedFrom());
        return out;
    }

    private static Map<String, Object> lineage(Lineage l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hyperparameters", tree(l.hyperparameters()));
        out.put("metrics", tree(l.metrics()));
        out.put("features", l.features());
        out.put("featureHash", l.featureHash().hex());
        out.put("classScheme", parse(l.classScheme().toJson()));
        out.put("trainingSetSha256", l.trainingSet().hex());
        out.put("holdoutSha256", l.holdout().hex());
        out.put(
                "imagery",
                Map.of("source", l.imagery().source(), "itemIds", l.imagery().itemIds()));
        out.put(
                "code",
                Map.of(
                        "gitCommit",
                        l.code().gitCommit(),
                        "dependencies",
                        l.code().dependencies()));
        out.put("parentVersion", l.parent() == null ? null : l.parent().value());
        Map<String, Object> creator = new LinkedHashMap<>();
        creator.put("person", l.createdBy().person());
        creator.put("pipelineRunId", l.createdBy().pipelineRunId());
        creator.put("trigger", l.createdBy().trigger());
        out.put("createdBy", creator);
        out.put("synthetic", l.synthetic());
        out.put("description", l.description());
        return out;
    }

    static Map<String, Object> event(AliasEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sequence", e.sequence());
        out.put("alias", e.alias().alias().value());
        out.put("kind", e.kind().name());
        out.put("from", e.from() == null ? null : e.from().value());
        out.put("to", e.to() == null ? null : e.to().value());
        out.put("by", e.by());
        out.put("reason", e.reason());
        out.put("at", e.at().toString());
        out.put("fromMetrics", e.fromMetrics() == null ? null : tree(e.fromMetrics()));
        out.put("toMetrics", e.toMetrics() == null ? null : tree(e.toMetrics()));
        return out;
    }

    private static JsonNode tree(JsonDocument doc) {
        return parse(doc.json());
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registry JSON is validated when stored", e);
        }
    }
}
