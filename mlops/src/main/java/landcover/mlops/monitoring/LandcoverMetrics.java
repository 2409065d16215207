package landcover.mlops.monitoring;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import landcover.mlops.serving.ServingMetrics;

/**
 * The process's metrics: one Prometheus registry, the metric families the edges record into, and
 * the text exposition a scrape reads. Other parts (serving, pipeline) register their own
 * families on {@link #registry()}. Thread-safe.
 *
 * <p>Names follow the Prometheus conventions: a {@code landcover_} prefix for our families, base
 * units in the name ({@code _seconds}, {@code _bytes}), {@code _total} for counters. The JVM's own
 * families ({@code jvm_*}, {@code process_*}) come from client_java's JVM instrumentation.
 */
public final class LandcoverMetrics {
    /** The content type of {@link #writeText(OutputStream)}: Prometheus text format 0.0.4. */
    public static final String TEXT_CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry;
    private final HttpMetrics http;
    private final GrpcMetrics grpc;
    private final PrometheusServingMetrics serving;
    private final PrometheusTextFormatWriter writer =
            PrometheusTextFormatWriter.builder().build();

    private LandcoverMetrics(PrometheusRegistry registry) {
        this.registry = registry;
        this.http = new HttpMetrics(registry);
        this.grpc = new GrpcMetrics(registry);
        this.serving = new PrometheusServingMetrics(registry);
    }

    /**
     * Metrics in a registry of their own (not the library's default registry), with the JVM's
     * metrics included.
     */
    public static LandcoverMetrics create() {
        LandcoverMetrics metrics = on(new PrometheusRegistry());
        JvmMetrics.builder().register(metrics.registry);
        return metrics;
    }

    /** Metrics registered on the given registry; JVM metrics are not added. */
    public static LandcoverMetrics on(PrometheusRegistry registry) {
        return new LandcoverMetrics(Objects.requireNonNull(registry, "registry"));
    }

    /** The registry, for parts that add their own metric families. */
    public PrometheusRegistry registry() {
        return registry;
    }

    /** Request counts and durations of the REST edge. */
    public HttpMetrics http() {
        return http;
    }

    /** Call counts and durations of the gRPC edge. */
    public GrpcMetrics grpc() {
        return grpc;
    }

    /**
     * Where the prediction service reports: predictions, durations, confidence, nodata, pixels,
     * queue depth and model load time ({@code landcover_prediction*}, {@code landcover_serving_*},
     * {@code landcover_model_load_seconds}). Hand it to the service once; it registers its queue
     * gauges when the service starts.
     */
    public ServingMetrics serving() {
        return serving;
    }

    /**
     * Publishes {@code landcover_build_info{version,commit} 1}, so dashboards can tell which build
     * is running. Call once.
     */
    public void registerBuildInfo(String version, String commit) {
        Info.builder()
                .name("landcover_build")
                .help("The running build: its version and git commit.")
                .labelNames("version", "commit")
                .register(registry)
                .setLabelValues(version, commit);
    }

    /** Publishes {@code landcover_ready}: 1 while the gate is ready, else 0. Call once. */
    public void trackReadiness(ReadinessGate gate) {
        Objects.requireNonNull(gate, "gate");
        GaugeWithCallback.builder()
                .name("landcover_ready")
                .help("1 while the server is ready to take traffic (production models loaded), else 0.")
                .callback(callback -> callback.call(gate.isReady() ? 1 : 0))
                .register(registry);
    }

    /**
     * Writes every metric in the Prometheus text format 0.0.4 ({@link #TEXT_CONTENT_TYPE}).
     *
     * @throws IOException when the stream fails
     */
    public void writeText(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }
}
