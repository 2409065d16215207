package landcover.mlops.monitoring.alerts;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One series' current value: its labels (without the metric name) and value.
 *
 * @param labels label name to value
 * @param value the value
 */
public record Sample(Map<String, String> labels, double value) {
    public Sample {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
