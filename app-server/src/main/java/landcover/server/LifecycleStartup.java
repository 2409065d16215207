package landcover.server;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.monitoring.ConfidenceWindows;
import landcover.mlops.monitoring.DriftMonitor;
import landcover.mlops.monitoring.LandcoverMetrics;
import landcover.mlops.monitoring.LifecycleMetrics;
import landcover.mlops.monitoring.ReferenceHistograms;
import landcover.mlops.monitoring.alerts.AlertRules;
import landcover.mlops.monitoring.alerts.RuleEvaluator;
import landcover.mlops.pipeline.Lifecycle;
import landcover.mlops.pipeline.ModelRollout;
import landcover.mlops.pipeline.PipelineSettings;
import landcover.mlops.pipeline.RunRecord;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.DatabaseSettings;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.ModelDeployments;
import landcover.mlops.serving.ServingMetrics;
import landcover.mlops.serving.shadow.ServedAoiObserver;
import landcover.mlops.serving.shadow.ShadowMirror;
import landcover.mlops.serving.shadow.ShadowModels;
import landcover.mlops.serving.shadow.ShadowSettings;
import landcover.raster.imagery.ImagerySource;
import landcover.server.api.LifecycleServices;

/**
 * Builds the model lifecycle around the prediction flow, in two phases. Before serving starts,
 * {@link #monitoring}: confidence windows, drift, the shadow mirror and their metrics — serving is
 * built with {@link Monitoring#observer()} and {@link Monitoring#serving(ServingMetrics)}. Once
 * serving runs, {@link #start}: ground truth and retraining on the registry's database, decisions
 * rolled out through serving's warm swaps, the in-process alert rules (embedded mode) feeding the
 * same trigger path as Alertmanager's webhook, interrupted runs resumed, the schedule started.
 */
final class LifecycleStartup {
    private static final System.Logger LOG = System.getLogger(LifecycleStartup.class.getName());

    /** The monitoring parts serving reports into. */
    record Monitoring(ConfidenceWindows confidence, DriftMonitor drift, ShadowMirror mirror, LifecycleMetrics metrics) {
        /** Shadow mirroring and drift, told about every production prediction. */
        ServedAoiObserver observer() {
            return ServedAoiObserver.all(List.of(mirror, drift));
        }

        /** Serving's metrics, also feeding the confidence windows. */
        ServingMetrics serving(ServingMetrics delegate) {
            return metrics.recordingConfidence(delegate);
        }
    }

    /** How the lifecycle runs in this server. */
    record Options(
            Path workDir,
            CodeVersion code,
            ShadowSettings shadow,
            Duration rollingConfidence,
            boolean embeddedAlerts,
            Clock clock) {}

    private LifecycleStartup() {}

    /** Phase one: the parts serving must be built with. */
    static Monitoring monitoring(LandcoverMetrics metrics, ModelRegistry registry, Options options) {
        ConfidenceWindows confidence = new ConfidenceWindows(options.clock(), options.rollingConfidence());
        DriftMonitor drift = new DriftMonitor(id -> references(registry, id), options.clock());
        LifecycleMetrics lifecycleMetrics = new LifecycleMetrics(metrics.registry(), confidence, drift);
        ShadowMirror mirror = new ShadowMirror(
                ShadowModels.fromRegistry(registry, ModelName.DEFAULT, Duration.ofSeconds(5), options.clock()),
                options.shadow(),
                lifecycleMetrics,
                options.clock());
        return new Monitoring(confidence, drift, mirror, lifecycleMetrics);
    }

    private static Optional<ReferenceHistograms> references(ModelRegistry registry, ModelId id) {
        if (registry.get(id).artifact(ReferenceHistograms.ARTIFACT).isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = registry.openArtifact(id, ReferenceHistograms.ARTIFACT)) {
            return Optional.of(ReferenceHistograms.fromJson(in.readAllBytes()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Phase two, once serving runs: the lifecycle itself. */
    static LifecycleServices start(
            Monitoring m,
            ModelRegistry registry,
            DatabaseSettings database,
            ImagerySource imagery,
            ModelDeployments deployments,
            LandcoverMetrics metrics,
            Options options) {
        ModelRollout rollout = ModelRollout.serving(registry, deployments);
        PipelineSettings pipeline =
                PipelineSettings.defaults(options.workDir(), options.code()).withClock(options.clock());
        Lifecycle lifecycle = Lifecycle.open(Lifecycle.Config.of(database, registry, imagery, pipeline)
                .withRollout(rollout)
                .withRunEnded(run -> count(m.metrics(), run)));
        m.metrics().watchUnusedGroundTruth(() -> unused(registry, lifecycle));
        Optional<RuleEvaluator> rules = Optional.empty();
        if (options.embeddedAlerts()) {
            RuleEvaluator evaluator = new RuleEvaluator(
                    AlertRules.shipped(),
                    metrics.registry(),
                    options.clock(),
                    n -> lifecycle.triggers().onAlerts(n, "embedded-rules"));
            evaluator.start();
            rules = Optional.of(evaluator);
        }
        List<RunRecord> resumed = lifecycle.retraining().resumeInterrupted();
        if (!resumed.isEmpty()) {
            LOG.log(Level.INFO, "resuming " + resumed.size() + " interrupted retraining run(s)");
        }
        lifecycle.triggers().startSchedule();
        return new LifecycleServices(lifecycle, rollout, m.mirror(), m.confidence(), m.drift(), rules);
    }

    private static void count(LifecycleMetrics metrics, RunRecord run) {
        metrics.runEnded(
                run.year().value(),
                run.trigger().kind().label(),
                run.status().label(),
                run.decision().orElse(null));
    }

    private static Map<Integer, Integer> unused(ModelRegistry registry, Lifecycle lifecycle) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Year year : registry.years(ModelName.DEFAULT)) {
            List<GroundTruthBatch> unused = lifecycle.groundTruth().unused(year);
            out.put(year.value(), unused.size());
        }
        return out;
    }

    /** Closes what {@link #start} and {@link #monitoring} opened. */
    static void close(LifecycleServices services) {
        services.rules().ifPresent(RuleEvaluator::close);
        services.mirror().close();
        services.drift().close();
        services.lifecycle().close();
    }
}
