package landcover.server.loadtest;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Successful predictions per replica as the server counts them ({@code landcover_predictions_total}). */
final class ReplicaCounts {
    private static final Pattern OK = Pattern.compile(
            "^landcover_predictions_total\\{([^}]*outcome=\"ok\"[^}]*)} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern REPLICA = Pattern.compile("replica=\"([^\"]*)\"");

    private ReplicaCounts() {}

    /** The counters in a Prometheus text exposition (empty when there are none). */
    static Map<String, Long> parse(String metrics) {
        Map<String, Long> out = new TreeMap<>();
        Matcher m = OK.matcher(metrics);
        while (m.find()) {
            Matcher replica = REPLICA.matcher(m.group(1));
            if (replica.find()) {
                out.merge(replica.group(1), Math.round(Double.parseDouble(m.group(2))), Long::sum);
            }
        }
        return out;
    }

    /** {@code after - before}, keeping only replicas that counted something in between. */
    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((replica, n) -> {
            long d = n - before.getOrDefault(replica, 0L);
            if (d != 0) {
                out.put(replica, d);
            }
        });
        return out;
    }
}
