package landcover.server;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import landcover.domain.Alias;
import landcover.domain.Year;
import landcover.mlops.pipeline.BootstrapOp;
import landcover.mlops.pipeline.BootstrapSettings;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.PredictionService;
import landcover.mlops.serving.PredictionServices;
import landcover.mlops.serving.ResultRetention;
import landcover.mlops.serving.ResultStore;
import landcover.mlops.serving.ResultStores;
import landcover.mlops.serving.ServingSettings;
import landcover.mlops.serving.shadow.ShadowSettings;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.ImagerySources;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.server.api.EdgeServices;
import landcover.server.api.LifecycleServices;
import landcover.server.api.ServingState;
import landcover.server.config.ImagerySettings;
import landcover.server.config.ServerSettings;
import landcover.server.config.SettingsException;

/**
 * Starts the prediction flow behind a listening server, off the main thread so the probes answer
 * meanwhile: the embedded bootstrap when a year uses the sample region (first start: generate it,
 * build its catalog, train, register and promote the baselines; later starts: seconds), the imagery
 * sources, the result store, the prediction service, and the deployment of every production model;
 * then readiness turns green. A failure leaves readiness red with the reason, and is logged.
 */
final class ServingStartup {
    private static final System.Logger LOG = System.getLogger(ServingStartup.class.getName());

    private ServingStartup() {}

    /** Starts the flow on a daemon thread and returns it. */
    static Thread startInBackground(EdgeServices services) {
        return Thread.ofPlatform().name("prediction-startup").daemon(true).start(() -> run(services));
    }

    /** Starts the flow on the calling thread; never throws. */
    static void run(EdgeServices services) {
        ServingState state = services.serving();
        try {
            state.started(start(services.settings(), services, state));
            LOG.log(System.Logger.Level.INFO, "predictions served: production models loaded");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the prediction flow could not start: " + e.getMessage(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state.failed(reason);
            services.lifecycle().failed(reason);
        }
    }

    private static ServingState.Running start(ServerSettings settings, EdgeServices services, ServingState state) {
        EmbeddedLayout layout = new EmbeddedLayout(settings.dataDir());
        ModelRegistry registry = ModelRegistries.open(layout.registry());
        try {
            if (usesSample(settings.imagery())) {
                state.progress("bootstrapping the embedded sample region");
                BootstrapOp.run(
                        BootstrapSettings.defaults(layout, codeVersion(), line -> {
                            LOG.log(System.Logger.Level.INFO, line);
                            state.progress(line);
                        }),
                        registry);
            }
            ImagerySource imagery = imagery(settings.imagery(), layout);
            ResultStore store = ResultStores.files(layout.results(), ResultRetention.defaults(), Clock.systemUTC());
            LifecycleStartup.Options options = lifecycleOptions(settings);
            LifecycleStartup.Monitoring monitoring = LifecycleStartup.monitoring(services.metrics(), registry, options);
            PredictionService service = PredictionServices.builder(registry, imagery, store)
                    .settings(ServingSettings.defaults()
                            .withQueueCapacity(settings.limits().predictionQueue()))
                    .metrics(monitoring.serving(services.metrics().serving()))
                    .observer(monitoring.observer())
                    .start();
            state.progress("loading the production models");
            service.deployments().deployAll(Alias.PRODUCTION);
            state.progress("starting the model lifecycle");
            LifecycleServices lifecycle = LifecycleStartup.start(
                    monitoring,
                    registry,
                    layout.registry().database(),
                    imagery,
                    service.deployments(),
                    services.metrics(),
                    options);
            services.lifecycle().started(lifecycle);
            return new ServingState.Running(service, registry, () -> {
                LifecycleStartup.close(lifecycle);
                service.close();
                store.close();
                imagery.close();
                registry.close();
            });
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /**
     * The lifecycle beside serving: its work files under the data directory, a tenth of production
     * traffic mirrored to shadows, a one-hour confidence window, and the shipped alert rules
     * evaluated in process (the embedded server has no Prometheus of its own; a cluster's
     * Prometheus and Alertmanager call the webhook instead).
     */
    private static LifecycleStartup.Options lifecycleOptions(ServerSettings settings) {
        return new LifecycleStartup.Options(
                settings.dataDir().resolve("pipeline"),
                codeVersion(),
                ShadowSettings.defaults(),
                Duration.ofHours(1),
                true,
                Clock.systemUTC());
    }

    private static boolean usesSample(ImagerySettings imagery) {
        return imagery.defaultSource() instanceof landcover.server.config.ImagerySource.Sample
                || imagery.byYear().values().stream()
                        .anyMatch(s -> s instanceof landcover.server.config.ImagerySource.Sample);
    }

    /**
     * The imagery the settings name, per year: each configured year from its own source, the default
     * source's other years from it.
     */
    static ImagerySource imagery(ImagerySettings settings, EmbeddedLayout layout) {
        Map<landcover.server.config.ImagerySource, ImagerySource> opened = new HashMap<>();
        ImagerySource fallback = opened.computeIfAbsent(settings.defaultSource(), s -> open(s, layout));
        if (settings.byYear().isEmpty()) {
            return fallback;
        }
        Map<Year, ImagerySource> byYear = new LinkedHashMap<>();
        fallback.years().forEach(year -> byYear.put(year, fallback));
        settings.byYear().forEach((year, s) -> byYear.put(year, opened.computeIfAbsent(s, x -> open(x, layout))));
        return ImagerySources.byYear(byYear);
    }

    private static ImagerySource open(landcover.server.config.ImagerySource source, EmbeddedLayout layout) {
        return switch (source) {
            case landcover.server.config.ImagerySource.Sample sample -> LocalCatalog.open(layout.catalog());
            case landcover.server.config.ImagerySource.LocalCatalog local -> {
                if (!Files.isDirectory(local.directory())) {
                    throw new SettingsException("imagery.catalog", "no catalog folder at " + local.directory());
                }
                yield LocalCatalog.open(local.directory());
            }
            case landcover.server.config.ImagerySource.Stac stac ->
                throw new SettingsException(
                        "imagery.source",
                        "STAC imagery (" + stac.api() + ") is not available in this build yet; use sample"
                                + " or a local catalog");
        };
    }

    private static CodeVersion codeVersion() {
        BuildInfo build = BuildInfo.load();
        return new CodeVersion(
                build.commit(),
                Map.of(
                        "landcover", build.version(),
                        "java", Runtime.version().toString(),
                        "smile-core", "6.3.0"));
    }
}
