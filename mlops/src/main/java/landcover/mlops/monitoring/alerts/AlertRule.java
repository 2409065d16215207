package landcover.mlops.monitoring.alerts;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An alerting rule as written in the rule file.
 *
 * @param group the rule group's name
 * @param interval how often the group is evaluated (its {@code interval:}, 1m when absent)
 * @param name the alert name
 * @param expr the PromQL expression
 * @param forDuration how long the expression must hold before the alert fires ({@code for:})
 * @param keepFiringFor how long it keeps firing after the expression stops holding ({@code keep_firing_for:})
 * @param labels labels added to the alert
 * @param annotations annotation templates
 * @param unsupported why the embedded evaluator cannot evaluate {@code expr}, or empty when it can
 */
public record AlertRule(
        String group,
        Duration interval,
        String name,
        String expr,
        Duration forDuration,
        Duration keepFiringFor,
        Map<String, String> labels,
        Map<String, String> annotations,
        Optional<String> unsupported) {
    public AlertRule {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(forDuration, "forDuration");
        Objects.requireNonNull(keepFiringFor, "keepFiringFor");
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
        Objects.requireNonNull(unsupported, "unsupported");
    }

    /** True when the embedded evaluator evaluates it. */
    public boolean isEvaluatedInProcess() {
        return unsupported.isEmpty();
    }
}
