package landcover.mlops.monitoring.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import landcover.mlops.MlopsException;

/**
 * Reads a Prometheus rule file ({@code groups: [{name, interval, rules: [{alert, expr, for,
 * keep_firing_for, labels, annotations}]}]}); recording rules are skipped. {@link #shipped()} is the
 * file in {@code k8s-manifests/prometheus/} that Prometheus loads in a cluster, so the embedded
 * server alerts on exactly the same thresholds and durations.
 */
public final class AlertRules {
    /** The shipped rule file, on the class path. */
    public static final String RESOURCE = "/landcover/mlops/monitoring/alerts/landcover-alerts.rules.yml";

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    private AlertRules() {}

    /** The shipped rules. */
    public static List<AlertRule> shipped() {
        try (InputStream in = AlertRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new MlopsException("the alert rule file " + RESOURCE + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new MlopsException("cannot read the alert rules: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the alerting rules of a rule file.
     *
     * @throws MlopsException when it is not a rule file
     */
    public static List<AlertRule> read(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<AlertRule> rules = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("alert")) {
                    rules.add(rule(
                            group.path("name").asText(),
                            duration(group.path("interval").asText("1m")),
                            rule));
                }
            }
        }
        if (rules.isEmpty()) {
            throw new MlopsException("the rule file holds no alerting rules");
        }
        return rules;
    }

    private static AlertRule rule(String group, Duration interval, JsonNode rule) {
        String expr = rule.path("expr").asText();
        Optional<String> unsupported;
        try {
            PromQl.parse(expr);
            unsupported = Optional.empty();
        } catch (PromQl.Unsupported e) {
            unsupported = Optional.of(e.getMessage());
        }
        return new AlertRule(
                group,
                interval,
                rule.path("alert").asText(),
                expr,
                duration(rule.path("for").asText("0s")),
                duration(rule.path("keep_firing_for").asText("0s")),
                strings(rule.path("labels")),
                strings(rule.path("annotations")),
                unsupported);
    }

    /** A Prometheus duration ({@code 1h30m}, {@code 90s}, {@code 2d}). */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(
                    switch (m.group(2)) {
                        case "ms" -> Duration.ofMillis(n);
                        case "s" -> Duration.ofSeconds(n);
                        case "m" -> Duration.ofMinutes(n);
                        case "h" -> Duration.ofHours(n);
                        case "d" -> Duration.ofDays(n);
                        case "w" -> Duration.ofDays(7 * n);
                        default -> Duration.ofDays(365 * n);
                    });
            end = m.end();
        }
        if (end != text.strip().length()) {
            throw new MlopsException("'" + text + "' is not a Prometheus duration");
        }
        return total;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
