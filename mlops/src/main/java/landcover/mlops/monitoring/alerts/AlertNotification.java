package landcover.mlops.monitoring.alerts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One webhook notification of Alertmanager (payload version 4, see
 * https://prometheus.io/docs/alerting/latest/configuration/#webhook_config): a group of alerts sent
 * to one receiver.
 *
 * @param version the payload version, {@code 4}
 * @param groupKey identifies the group (e.g. for deduplication)
 * @param truncatedAlerts how many alerts were left out because of {@code max_alerts}
 * @param status {@code firing} when at least one alert of the group fires, else {@code resolved}
 * @param receiver the receiver's name
 * @param groupLabels the labels the group is grouped by
 * @param commonLabels the labels every alert of the group has
 * @param commonAnnotations the annotations every alert of the group has
 * @param externalUrl a link back to the Alertmanager
 * @param alerts the alerts, at least one
 */
public record AlertNotification(
        String version,
        String groupKey,
        int truncatedAlerts,
        String status,
        String receiver,
        Map<String, String> groupLabels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        String externalUrl,
        List<Alert> alerts) {
    public AlertNotification {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        groupLabels = Collections.unmodifiableMap(new TreeMap<>(groupLabels));
        commonLabels = Collections.unmodifiableMap(new TreeMap<>(commonLabels));
        commonAnnotations = Collections.unmodifiableMap(new TreeMap<>(commonAnnotations));
        alerts = List.copyOf(alerts);
    }
}
