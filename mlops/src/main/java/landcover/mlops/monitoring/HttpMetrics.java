package landcover.mlops.monitoring;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Objects;

/**
 * Durations of the requests the server's edges answered, by protocol, method, route template and
 * outcome class. The histogram's {@code _count} is the request count. Thread-safe.
 *
 * <p>Labels stay low-cardinality: the route is the template a request matched ({@code
 * /v1/models/{year}}), never the raw path, and requests that matched no route share {@link
 * #UNMATCHED_ROUTE}.
 */
public final class HttpMetrics {
    /** The route label of requests that matched no route (404s on arbitrary paths). */
    public static final String UNMATCHED_ROUTE = "unmatched";

    /** Bucket bounds of the request duration histograms, in seconds: 1 ms to 30 s. */
    static final double[] BUCKETS_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30
    };

    private final Histogram duration;

    HttpMetrics(PrometheusRegistry registry) {
        this.duration = Histogram.builder()
                .name("landcover_http_request_duration_seconds")
                .help("Time to answer an HTTP request, by method, route template and status class.")
                .unit(Unit.SECONDS)
                .labelNames("method", "route", "status_class")
                .classicOnly()
                .classicUpperBounds(BUCKETS_SECONDS)
                .register(registry);
    }

    /**
     * Records one answered request.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param route the route template it matched, or {@link #UNMATCHED_ROUTE}
     * @param status the HTTP status code sent
     * @param nanos how long it took, in nanoseconds
     */
    public void record(String method, String route, int status, long nanos) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(route, "route");
        duration.labelValues(method, route, statusClass(status)).observe(nanos / 1e9);
    }

    /** {@code 2xx}, {@code 4xx}, … for a status code. */
    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
