package landcover.mlops.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelVersion;

/**
 * Lineage to and from its JSON document (stored in the database and in bundles). Field names are
 * the record's component names; the class scheme uses its own JSON form. Stateless, thread-safe.
 */
final class LineageJson {
    private LineageJson() {}

    static ObjectNode toTree(Lineage lineage) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("hyperparameters", Json.object(lineage.hyperparameters().json(), "hyperparameters"));
        root.set("metrics", Json.object(lineage.metrics().json(), "metrics"));
        ArrayNode features = root.putArray("features");
        lineage.features().forEach(features::add);
        root.put("featureHash", lineage.featureHash().hex());
        root.set("classScheme", Json.object(lineage.classScheme().toJson(), "classScheme"));
        root.put("trainingSetSha256", lineage.trainingSet().hex());
        root.put("holdoutSha256", lineage.holdout().hex());
        ObjectNode imagery = root.putObject("imagery");
        imagery.put("source", lineage.imagery().source());
        ArrayNode items = imagery.putArray("itemIds");
        lineage.imagery().itemIds().forEach(items::add);
        ObjectNode code = root.putObject("code");
        code.put("gitCommit", lineage.code().gitCommit());
        ObjectNode deps = code.putObject("dependencies");
        lineage.code().dependencies().forEach(deps::put);
        if (lineage.parent() != null) {
            root.put("parentVersion", lineage.parent().value());
        } else {
            root.putNull("parentVersion");
        }
        ObjectNode creator = root.putObject("createdBy");
        creator.put("person", lineage.createdBy().person());
        creator.put("pipelineRunId", lineage.createdBy().pipelineRunId());
        creator.put("trigger", lineage.createdBy().trigger());
        root.put("synthetic", lineage.synthetic());
        root.put("description", lineage.description());
        return root;
    }

    static String toJson(Lineage lineage) {
        return Json.text(toTree(lineage));
    }

    static Lineage fromJson(String json) {
        return fromTree(Json.object(json, "lineage"));
    }

    static Lineage fromTree(JsonNode root) {
        JsonNode imagery = required(root, "imagery");
        JsonNode code = required(root, "code");
        JsonNode creator = required(root, "createdBy");
        JsonNode parent = root.path("parentVersion");
        return Lineage.builder()
                .hyperparameters(new JsonDocument(Json.text(required(root, "hyperparameters"))))
                .metrics(new JsonDocument(Json.text(required(root, "metrics"))))
                .features(strings(required(root, "features")))
                .classScheme(ClassScheme.fromJson(Json.text(required(root, "classScheme"))))
                .data(Sha256.parse(text(root, "trainingSetSha256")), Sha256.parse(text(root, "holdoutSha256")))
                .imagery(new ImagerySource(text(imagery, "source"), strings(required(imagery, "itemIds"))))
                .code(new CodeVersion(text(code, "gitCommit"), stringMap(required(code, "dependencies"))))
                .parent(parent.isIntegralNumber() ? new ModelVersion(parent.intValue()) : null)
                .createdBy(new Creator(
                        nullableText(creator, "person"),
                        nullableText(creator, "pipelineRunId"),
                        text(creator, "trigger")))
                .synthetic(required(root, "synthetic").asBoolean())
                .description(root.path("description").asText(""))
                .build();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidValueException("lineage." + field, "missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
