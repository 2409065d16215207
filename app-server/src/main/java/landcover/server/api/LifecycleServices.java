package landcover.server.api;

import java.util.Objects;
import java.util.Optional;
import landcover.mlops.monitoring.ConfidenceWindows;
import landcover.mlops.monitoring.DriftMonitor;
import landcover.mlops.monitoring.alerts.RuleEvaluator;
import landcover.mlops.pipeline.Lifecycle;
import landcover.mlops.pipeline.ModelRollout;
import landcover.mlops.serving.shadow.ShadowMirror;

/**
 * The running model lifecycle, as the edges call it: ground truth, retraining runs and triggers,
 * shadow mirroring, confidence and drift, and (embedded mode) the in-process alert rules.
 *
 * @param lifecycle ground truth, retraining, triggers
 * @param rollout alias moves with serving swaps
 * @param mirror the shadow mirror
 * @param confidence prediction confidence per year and alias
 * @param drift per-feature drift
 * @param rules the in-process alert evaluation, when it runs (embedded mode)
 */
public record LifecycleServices(
        Lifecycle lifecycle,
        ModelRollout rollout,
        ShadowMirror mirror,
        ConfidenceWindows confidence,
        DriftMonitor drift,
        Optional<RuleEvaluator> rules) {
    public LifecycleServices {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(rollout, "rollout");
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(rules, "rules");
    }
}
