package landcover.mlops.monitoring;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import landcover.domain.ModelId;
import landcover.mlops.serving.PredictionEvent;
import landcover.mlops.serving.ReplicaStatus;
import landcover.mlops.serving.ServingMetrics;

/**
 * Serving's metrics in Prometheus: predictions by year, model version, alias, replica and outcome;
 * their duration; each prediction's mean confidence and nodata ratio; pixels classified; queue depth
 * and busy state per replica (read at scrape time); model load time. Labels are bounded: years,
 * versions and replicas are few, and an alias is {@code production} or {@code shadow} in practice.
 * Thread-safe.
 */
final class PrometheusServingMetrics implements ServingMetrics {
    /** Confidence and ratio buckets: tenths, finer near the top where healthy models live. */
    static final double[] SHARE_BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0};

    private final PrometheusRegistry registry;
    private final Counter predictions;
    private final Histogram duration;
    private final Histogram confidence;
    private final Histogram nodata;
    private final Counter pixels;
    private final Histogram loadTime;

    PrometheusServingMetrics(PrometheusRegistry registry) {
        this.registry = registry;
        this.predictions = Counter.builder()
                .name("landcover_predictions_total")
                .help("Year predictions answered, by year, model version, alias, replica and outcome.")
                .labelNames("year", "model_version", "alias", "replica", "outcome")
                .register(registry);
        this.duration = Histogram.builder()
                .name("landcover_prediction_duration_seconds")
                .help("Time from submission to result of one year's prediction, queueing included.")
                .unit(Unit.SECONDS)
                .labelNames("year", "alias", "outcome")
                .classicOnly()
                .classicUpperBounds(HttpMetrics.BUCKETS_SECONDS)
                .register(registry);
        this.confidence = Histogram.builder()
                .name("landcover_prediction_mean_confidence")
                .help("Per prediction, the mean over valid AOI pixels of the top-class probability.")
                .labelNames("year", "model_version", "alias")
                .classicOnly()
                .classicUpperBounds(SHARE_BUCKETS)
                .register(registry);
        this.nodata = Histogram.builder()
                .name("landcover_prediction_nodata_ratio")
                .help("Per prediction, the share of AOI pixels without features or class.")
                .labelNames("year", "alias")
                .classicOnly()
                .classicUpperBounds(SHARE_BUCKETS)
                .register(registry);
        this.pixels = Counter.builder()
                .name("landcover_prediction_pixels_total")
                .help("AOI pixels given a class, by year, model version and alias.")
                .labelNames("year", "model_version", "alias")
                .register(registry);
        this.loadTime = Histogram.builder()
                .name("landcover_model_load_seconds")
                .help("Time to read, verify and decode a model version for serving.")
                .unit(Unit.SECONDS)
                .labelNames("year", "model_version")
                .classicOnly()
                .classicUpperBounds(HttpMetrics.BUCKETS_SECONDS)
                .register(registry);
    }

    @Override
    public void predicted(PredictionEvent e) {
        String year = e.year().toString();
        String alias = e.alias().value();
        String version = e.model().map(m -> m.version().toString()).orElse("none");
        String outcome = e.outcome().label();
        predictions
                .labelValues(year, version, alias, e.replica().orElse("none"), outcome)
                .inc();
        duration.labelValues(year, alias, outcome).observe(e.duration().toNanos() / 1e9);
        if (e.outcome() == PredictionEvent.Outcome.OK) {
            confidence.labelValues(year, version, alias).observe(e.meanConfidence());
            nodata.labelValues(year, alias).observe(e.nodataRatio());
            pixels.labelValues(year, version, alias).inc(e.pixelsClassified());
        }
    }

    @Override
    public void modelLoaded(ModelId model, Duration time) {
        loadTime.labelValues(model.year().toString(), model.version().toString())
                .observe(time.toNanos() / 1e9);
    }

    @Override
    public void watchReplicas(Supplier<List<ReplicaStatus>> replicas) {
        Objects.requireNonNull(replicas, "replicas");
        GaugeWithCallback.builder()
                .name("landcover_serving_queue_depth")
                .help("Requests waiting for a serving replica, per replica.")
                .labelNames("year", "model_version", "alias", "replica")
                .callback(cb -> replicas.get().forEach(r -> cb.call(r.queued(), labels(r))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("landcover_serving_replica_busy")
                .help("1 while a serving replica is classifying, else 0.")
                .labelNames("year", "model_version", "alias", "replica")
                .callback(cb -> replicas.get().forEach(r -> cb.call(r.busy() ? 1 : 0, labels(r))))
                .register(registry);
    }

    private static String[] labels(ReplicaStatus r) {
        return new String[] {
            r.model().year().toString(),
            r.model().version().toString(),
            r.alias().value(),
            r.replica()
        };
    }
}
