package landcover.mlops.monitoring.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Alertmanager's webhook payload, version 4
 * (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config), strictly: the version,
 * the status of the group and of each alert, label and annotation objects of strings, RFC 3339
 * times. Unknown members are ignored (Alertmanager may add some). Stateless.
 */
public final class AlertmanagerPayload {
    /** The payload version understood. */
    public static final String VERSION = "4";

    /** Alertmanager's "no end yet" time of a firing alert. */
    private static final Instant NO_END = Instant.parse("0001-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertmanagerPayload() {}

    /**
     * Parses a notification.
     *
     * @throws InvalidAlertPayloadException naming the member at fault
     */
    public static AlertNotification parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidAlertPayloadException("", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAlertPayloadException("", "the body must be a JSON object");
        }
        String version = text(root, "version", "/version");
        if (!VERSION.equals(version)) {
            throw new InvalidAlertPayloadException("/version", "version '" + version + "' is not " + VERSION);
        }
        String status = status(root, "/status");
        JsonNode alerts = root.path("alerts");
        if (!alerts.isArray() || alerts.isEmpty()) {
            throw new InvalidAlertPayloadException("/alerts", "alerts must be a non-empty array");
        }
        List<Alert> list = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            list.add(alert(alerts.get(i), "/alerts/" + i));
        }
        return new AlertNotification(
                version,
                optionalText(root, "groupKey", "/groupKey"),
                root.path("truncatedAlerts").asInt(0),
                status,
                optionalText(root, "receiver", "/receiver"),
                strings(root, "groupLabels", "/groupLabels"),
                strings(root, "commonLabels", "/commonLabels"),
                strings(root, "commonAnnotations", "/commonAnnotations"),
                optionalText(root, "externalURL", "/externalURL"),
                list);
    }

    private static Alert alert(JsonNode a, String at) {
        if (!a.isObject()) {
            throw new InvalidAlertPayloadException(at, "each alert must be an object");
        }
        Map<String, String> labels = strings(a, "labels", at + "/labels");
        if (labels.isEmpty()) {
            throw new InvalidAlertPayloadException(at + "/labels", "an alert needs labels (at least alertname)");
        }
        Instant ends = a.has("endsAt") ? time(a, "endsAt", at + "/endsAt") : NO_END;
        return new Alert(
                status(a, at + "/status"),
                labels,
                strings(a, "annotations", at + "/annotations"),
                time(a, "startsAt", at + "/startsAt"),
                ends.equals(NO_END) ? null : ends,
                optionalText(a, "generatorURL", at + "/generatorURL"),
                optionalText(a, "fingerprint", at + "/fingerprint"));
    }

    private static String status(JsonNode node, String at) {
        String status = text(node, "status", at);
        if (!Alert.FIRING.equals(status) && !Alert.RESOLVED.equals(status)) {
            throw new InvalidAlertPayloadException(at, "status '" + status + "' is not firing or resolved");
        }
        return status;
    }

    private static Instant time(JsonNode node, String member, String at) {
        String text = text(node, member, at);
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidAlertPayloadException(at, "'" + text + "' is not an RFC 3339 time");
        }
    }

    private static String text(JsonNode node, String member, String at) {
        JsonNode v = node.get(member);
        if (v == null || !v.isTextual()) {
            throw new InvalidAlertPayloadException(at, member + " must be a string");
        }
        return v.textValue();
    }

    private static String optionalText(JsonNode node, String member, String at) {
        return node.has(member) && !node.get(member).isNull() ? text(node, member, at) : "";
    }

    private static Map<String, String> strings(JsonNode node, String member, String at) {
        JsonNode v = node.get(member);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new InvalidAlertPayloadException(at, member + " must be an object of strings");
        }
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!e.getValue().isTextual()) {
                throw new InvalidAlertPayloadException(
                        at + "/" + e.getKey(), "label and annotation values are strings");
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }
}
