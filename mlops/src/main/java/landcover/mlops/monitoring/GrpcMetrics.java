package landcover.mlops.monitoring;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Objects;

/**
 * Durations of the gRPC calls the server answered, by full method name ({@code
 * landcover.v1.LandCoverService/ValidateAoi}) and status code ({@code OK}, {@code
 * INVALID_ARGUMENT}, …). The histogram's {@code _count} is the call count. Thread-safe.
 */
public final class GrpcMetrics {
    private final Histogram duration;

    GrpcMetrics(PrometheusRegistry registry) {
        this.duration = Histogram.builder()
                .name("landcover_grpc_request_duration_seconds")
                .help("Time to answer a gRPC call, by method and status code.")
                .unit(Unit.SECONDS)
                .labelNames("method", "code")
                .classicOnly()
                .classicUpperBounds(HttpMetrics.BUCKETS_SECONDS)
                .register(registry);
    }

    /**
     * Records one answered call.
     *
     * @param method the full method name, e.g. {@code landcover.v1.LandCoverService/Predict}
     * @param code the gRPC status code name, e.g. {@code OK}
     * @param nanos how long it took, in nanoseconds
     */
    public void record(String method, String code, long nanos) {
        duration.labelValues(Objects.requireNonNull(method, "method"), Objects.requireNonNull(code, "code"))
                .observe(nanos / 1e9);
    }
}
