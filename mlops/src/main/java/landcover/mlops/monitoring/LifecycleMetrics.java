package landcover.mlops.monitoring;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.mlops.serving.PredictionEvent;
import landcover.mlops.serving.ReplicaStatus;
import landcover.mlops.serving.ServingMetrics;
import landcover.mlops.serving.shadow.Comparison;
import landcover.mlops.serving.shadow.ShadowListener;
import landcover.mlops.serving.shadow.ShadowReport;

/**
 * The lifecycle's metrics: prediction confidence per year and alias (today, UTC, and rolling),
 * per-feature drift (PSI), shadow mirroring and retraining runs. Names and labels are what the alert
 * rules in {@code k8s-manifests/prometheus/} query. Thread-safe.
 *
 * <ul>
 *   <li>{@code landcover_prediction_confidence_daily_mean{year,alias}}, {@code
 *       landcover_prediction_confidence_daily_predictions{year,alias}}
 *   <li>{@code landcover_prediction_confidence_rolling_mean{year,alias}}, {@code
 *       landcover_prediction_confidence_rolling_predictions{year,alias}}
 *   <li>{@code landcover_feature_drift_psi{year,feature}}, {@code landcover_feature_drift_pixels{year}}
 *   <li>{@code landcover_shadow_requests_total{year,outcome}}, {@code
 *       landcover_shadow_request_pixel_agreement{year}} (histogram per mirrored request), {@code
 *       landcover_shadow_pixel_agreement_ratio{year,shadow_version}}, {@code
 *       landcover_shadow_confidence_delta{year,shadow_version}}, {@code
 *       landcover_shadow_class_area_delta_square_meters{year,class}} (rolling)
 *   <li>{@code landcover_retraining_runs_total{year,trigger,status}}, {@code
 *       landcover_retraining_decisions_total{year,outcome}}
 *   <li>{@code landcover_ground_truth_unused_batches{year}}
 * </ul>
 */
public final class LifecycleMetrics implements ShadowListener {
    private final ConfidenceWindows confidence;
    private final Counter shadowRequests;
    private final Histogram shadowAgreement;
    private final Counter runs;
    private final Counter decisions;
    private final PrometheusRegistry registry;

    /**
     * Registers the families.
     *
     * @param confidence where predictions' confidence is recorded
     * @param drift the drift monitor whose figures are exported
     */
    public LifecycleMetrics(PrometheusRegistry registry, ConfidenceWindows confidence, DriftMonitor drift) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        registerConfidence(confidence);
        registerDrift(drift);
        this.shadowRequests = Counter.builder()
                .name("landcover_shadow_requests_total")
                .help("Production predictions seen by the shadow mirror while a shadow model was set, by outcome"
                        + " (mirrored, sampled_out, dropped, failed).")
                .labelNames("year", "outcome")
                .register(registry);
        this.shadowAgreement = Histogram.builder()
                .name("landcover_shadow_request_pixel_agreement")
                .help("Per mirrored request, the share of AOI pixels where shadow and production agree.")
                .labelNames("year")
                .classicOnly()
                .classicUpperBounds(PrometheusServingMetrics.SHARE_BUCKETS)
                .register(registry);
        this.runs = Counter.builder()
                .name("landcover_retraining_runs_total")
                .help("Retraining triggers by year, trigger kind and how the run ended"
                        + " (succeeded, failed, needs-data, skipped).")
                .labelNames("year", "trigger", "status")
                .register(registry);
        this.decisions = Counter.builder()
                .name("landcover_retraining_decisions_total")
                .help("Decisions on challengers by year and outcome (promote, shadow, await-approval, reject).")
                .labelNames("year", "outcome")
                .register(registry);
    }

    private void registerConfidence(ConfidenceWindows c) {
        gauge(
                "landcover_prediction_confidence_daily_mean",
                "Mean over today's (UTC) predictions of each prediction's mean top-class probability.",
                cb -> c.figures().forEach(f -> cb.call(f.dailyMean(), yr(f.year()), f.alias())),
                "year",
                "alias");
        gauge(
                "landcover_prediction_confidence_daily_predictions",
                "Predictions in today's (UTC) confidence mean.",
                cb -> c.figures().forEach(f -> cb.call(f.dailyCount(), yr(f.year()), f.alias())),
                "year",
                "alias");
        String window = c.rolling().toMinutes() + " minutes";
        gauge(
                "landcover_prediction_confidence_rolling_mean",
                "Mean prediction confidence over the last " + window + ".",
                cb -> c.figures().forEach(f -> cb.call(f.rollingMean(), yr(f.year()), f.alias())),
                "year",
                "alias");
        gauge(
                "landcover_prediction_confidence_rolling_predictions",
                "Predictions in the last " + window + ".",
                cb -> c.figures().forEach(f -> cb.call(f.rollingCount(), yr(f.year()), f.alias())),
                "year",
                "alias");
    }

    private void registerDrift(DriftMonitor drift) {
        gauge(
                "landcover_feature_drift_psi",
                "Population stability index of each feature of today's served AOIs against the production model's"
                        + " training distribution.",
                cb -> drift.drift().forEach(d -> cb.call(d.psi(), yr(d.year()), d.feature())),
                "year",
                "feature");
        gauge(
                "landcover_feature_drift_pixels",
                "Served pixels binned today for the drift index.",
                cb -> drift.drift().stream()
                        .map(d -> Map.entry(d.year(), d.pixels()))
                        .distinct()
                        .forEach(e -> cb.call(e.getValue(), yr(e.getKey()))),
                "year");
    }

    private void gauge(
            String name,
            String help,
            java.util.function.Consumer<GaugeWithCallback.Callback> callback,
            String... labels) {
        GaugeWithCallback.builder()
                .name(name)
                .help(help)
                .labelNames(labels)
                .callback(callback::accept)
                .register(registry);
    }

    private static String yr(int year) {
        return Integer.toString(year);
    }

    /** Wraps serving's metrics so every answered prediction also feeds the confidence windows. */
    public ServingMetrics recordingConfidence(ServingMetrics delegate) {
        return new ServingMetrics() {
            @Override
            public void predicted(PredictionEvent event) {
                delegate.predicted(event);
                if (event.outcome() == PredictionEvent.Outcome.OK && event.meanConfidence() > 0) {
                    confidence.record(event.year().value(), event.alias().value(), event.meanConfidence());
                }
            }

            @Override
            public void modelLoaded(ModelId model, Duration loadTime) {
                delegate.modelLoaded(model, loadTime);
            }

            @Override
            public void watchReplicas(Supplier<List<ReplicaStatus>> replicas) {
                delegate.watchReplicas(replicas);
            }
        };
    }

    @Override
    public void observed(Year year, Outcome outcome, Comparison comparison) {
        shadowRequests.labelValues(year.toString(), outcome.label()).inc();
        if (comparison != null && comparison.pixels() > 0) {
            shadowAgreement.labelValues(year.toString()).observe(comparison.agreement());
            confidence.record(year.value(), "shadow", comparison.shadowConfidence());
        }
    }

    @Override
    public void watch(Supplier<List<ShadowReport>> reports) {
        gauge(
                "landcover_shadow_pixel_agreement_ratio",
                "Share of pixels where shadow and production agree over the mirror's rolling window.",
                cb -> reports.get().stream()
                        .filter(r -> r.rollingPixels() > 0)
                        .forEach(r -> cb.call(
                                r.rollingAgreement(),
                                r.year().toString(),
                                r.shadow().version().toString())),
                "year",
                "shadow_version");
        gauge(
                "landcover_shadow_confidence_delta",
                "Shadow minus production mean confidence over the mirror's rolling window.",
                cb -> reports.get().stream()
                        .filter(r -> r.rollingPixels() > 0)
                        .forEach(r -> cb.call(
                                r.rollingConfidenceDelta(),
                                r.year().toString(),
                                r.shadow().version().toString())),
                "year",
                "shadow_version");
        gauge(
                "landcover_shadow_class_area_delta_square_meters",
                "Shadow minus production area per class summed over the mirror's rolling window.",
                cb -> reports.get()
                        .forEach(r -> r.rollingClassAreaDeltasM2()
                                .forEach((code, m2) -> cb.call(m2, r.year().toString(), code.toString()))),
                "year",
                "class");
    }

    /** Counts an ended run (or a recorded trigger) and, when decided, its decision. */
    public void runEnded(int year, String trigger, String status, String decision) {
        runs.labelValues(yr(year), trigger, status).inc();
        if (decision != null) {
            decisions.labelValues(yr(year), decision).inc();
        }
    }

    /** Publishes the unused ground-truth batches of each year, read at scrape time. */
    public void watchUnusedGroundTruth(Supplier<Map<Integer, Integer>> unusedByYear) {
        gauge(
                "landcover_ground_truth_unused_batches",
                "Ground-truth batches no registered model was trained on yet.",
                cb -> unusedByYear.get().forEach((year, n) -> cb.call(n, yr(year))),
                "year");
    }
}
