package landcover.mlops.pipeline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import landcover.domain.ModelName;
import landcover.domain.aoi.Aoi;
import landcover.mlops.monitoring.ConfidenceWindows;
import landcover.mlops.monitoring.DriftMonitor;
import landcover.mlops.monitoring.LandcoverMetrics;
import landcover.mlops.monitoring.LifecycleMetrics;
import landcover.mlops.monitoring.ReferenceHistograms;
import landcover.mlops.monitoring.alerts.AlertRules;
import landcover.mlops.monitoring.alerts.RuleEvaluator;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.RegistrySettings;
import landcover.mlops.serving.PredictionService;
import landcover.mlops.serving.PredictionServices;
import landcover.mlops.serving.ResultRetention;
import landcover.mlops.serving.ResultStore;
import landcover.mlops.serving.ResultStores;
import landcover.mlops.serving.ServingSettings;
import landcover.mlops.serving.shadow.ServedAoiObserver;
import landcover.mlops.serving.shadow.ShadowMirror;
import landcover.mlops.serving.shadow.ShadowModels;
import landcover.mlops.serving.shadow.ShadowSettings;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.sample.SampleFiles;

/**
 * The whole lifecycle in one process on the SYNTHETIC sample region, composed as the server composes
 * it: a copy of the bootstrapped registry (the shared {@link EmbeddedFixture}; its catalog is read in
 * place), serving with the shadow mirror and drift as observers and confidence recorded from its
 * metrics, the lifecycle rolling decisions out through serving's swaps, and the shipped alert rules
 * evaluated in-process on a clock the test moves.
 */
final class LifecycleWorld implements AutoCloseable {
    final EmbeddedLayout fixture = EmbeddedFixture.get().layout();
    final SampleFiles sample = new SampleFiles(fixture.sampleRegion());
    final PipelineFixture.MutableClock clock = new PipelineFixture.MutableClock(Instant.parse("2024-06-03T02:00:00Z"));
    final Path dataDir;
    final ModelRegistry registry;
    final ImagerySource imagery;
    final ResultStore results;
    final LandcoverMetrics metrics = LandcoverMetrics.on(new PrometheusRegistry());
    final ConfidenceWindows confidence = new ConfidenceWindows(clock, Duration.ofHours(1));
    final DriftMonitor drift;
    final LifecycleMetrics lifecycleMetrics;
    final ShadowMirror mirror;
    final PredictionService serving;
    final ModelRollout rollout;
    final Lifecycle lifecycle;
    final RuleEvaluator rules;
    final List<TriggerOutcome> alertOutcomes = new CopyOnWriteArrayList<>();

    LifecycleWorld(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        copy(fixture.dataDir().resolve("registry"), dataDir.resolve("registry"));
        copy(fixture.dataDir().resolve("artifacts"), dataDir.resolve("artifacts"));
        registry = ModelRegistries.open(RegistrySettings.embedded(dataDir).withClock(clock));
        imagery = LocalCatalog.open(fixture.catalog());
        results = ResultStores.files(dataDir.resolve("results"), ResultRetention.defaults(), clock);
        drift = new DriftMonitor(
                id -> registry.get(id)
                        .artifact(ReferenceHistograms.ARTIFACT)
                        .map(a ->
                                ReferenceHistograms.fromJson(registry.readArtifact(id, ReferenceHistograms.ARTIFACT))),
                clock);
        lifecycleMetrics = new LifecycleMetrics(metrics.registry(), confidence, drift);
        mirror = new ShadowMirror(
                ShadowModels.fromRegistry(registry, ModelName.DEFAULT, Duration.ZERO, clock),
                new ShadowSettings(0.5, 1, 64, 500),
                lifecycleMetrics,
                clock);
        serving = PredictionServices.builder(registry, imagery, results)
                .settings(ServingSettings.defaults().withReplicas(2, Map.of()).withRefreshInterval(Duration.ZERO))
                .metrics(lifecycleMetrics.recordingConfidence(metrics.serving()))
                .observer(ServedAoiObserver.all(List.of(mirror, drift)))
                .clock(clock)
                .start();
        serving.deployments().deployAll(landcover.domain.Alias.PRODUCTION);
        rollout = ModelRollout.serving(registry, serving.deployments());
        PipelineSettings settings = PipelineSettings.defaults(dataDir.resolve("pipeline"), EmbeddedFixture.CODE)
                .withClock(clock)
                .withTriggers(0, Duration.ZERO);
        lifecycle = Lifecycle.open(
                Lifecycle.Config.of(RegistrySettings.embedded(dataDir).database(), registry, imagery, settings)
                        .withRollout(rollout)
                        .withRunEnded(run -> lifecycleMetrics.runEnded(
                                run.year().value(),
                                run.trigger().kind().label(),
                                run.status().label(),
                                run.decision().orElse(null))));
        rules = new RuleEvaluator(
                AlertRules.shipped(),
                metrics.registry(),
                clock,
                n -> alertOutcomes.addAll(lifecycle.triggers().onAlerts(n, "embedded-rules")));
    }

    /** Nine 200 m squares tiling a 600 m sample AOI, so requests vary. */
    static List<Aoi> tiles(Aoi square) {
        double[] b = square.bbox().toArray();
        double w = (b[2] - b[0]) / 3;
        double h = (b[3] - b[1]) / 3;
        List<Aoi> out = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            double x = b[0] + (i % 3) * w;
            double y = b[1] + (i / 3) * h;
            out.add(Aoi.parse(String.format(
                    Locale.ROOT,
                    "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],"
                            + "[%.7f,%.7f]]]}",
                    x,
                    y,
                    x + w,
                    y,
                    x + w,
                    y + h,
                    x,
                    y + h,
                    x,
                    y)));
        }
        return out;
    }

    Aoi aoi(Path file) throws IOException {
        return Aoi.parse(Files.readString(file));
    }

    /** Evaluates the alert rules once a minute for {@code minutes} simulated minutes. */
    void evaluateFor(int minutes) {
        for (int i = 0; i < minutes; i++) {
            clock.advance(Duration.ofMinutes(1));
            rules.evaluate();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        rules.close();
        lifecycle.close();
        serving.close();
        mirror.close();
        drift.close();
        results.close();
        imagery.close();
        registry.close();
    }
}
