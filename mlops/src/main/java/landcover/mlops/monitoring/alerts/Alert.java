package landcover.mlops.monitoring.alerts;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One alert, as Alertmanager's webhook sends it (and as the embedded rule evaluation produces it).
 *
 * @param status {@code firing} or {@code resolved}
 * @param labels its labels ({@code alertname}, {@code year}, {@code severity}, {@code action}, …)
 * @param annotations its annotations ({@code summary}, {@code description}, …)
 * @param startsAt when it started firing
 * @param endsAt when it ended, or null while it fires (Alertmanager sends {@code 0001-01-01T00:00:00Z})
 * @param generatorUrl what produced it (a Prometheus graph link), possibly empty
 * @param fingerprint identifies the alert (its label set) across notifications
 */
public record Alert(
        String status,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Instant endsAt,
        String generatorUrl,
        String fingerprint) {
    /** The status of an alert that fires. */
    public static final String FIRING = "firing";

    /** The status of an alert that stopped firing. */
    public static final String RESOLVED = "resolved";

    public Alert {
        Objects.requireNonNull(status, "status");
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
        Objects.requireNonNull(startsAt, "startsAt");
        generatorUrl = generatorUrl == null ? "" : generatorUrl;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    /** True while it fires. */
    public boolean isFiring() {
        return FIRING.equals(status);
    }

    /** The {@code alertname} label. */
    public String name() {
        return labels.getOrDefault("alertname", "");
    }

    /** A label, if set. */
    public Optional<String> label(String name) {
        return Optional.ofNullable(labels.get(name));
    }
}
