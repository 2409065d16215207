package landcover.mlops.serving;

import java.time.Clock;
import java.util.Objects;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.shadow.ServedAoiObserver;
import landcover.raster.imagery.ImagerySource;

/**
 * Builds the in-process {@link PredictionService}. The registry, imagery source and result store
 * stay the caller's to close.
 *
 * <pre>{@code
 * PredictionService service = PredictionServices.builder(registry, imagery, store)
 *         .settings(ServingSettings.defaults())
 *         .metrics(prometheusMetrics)
 *         .start();
 * service.deployments().deployAll(Alias.PRODUCTION);   // then mark the server ready
 * }</pre>
 */
public final class PredictionServices {
    private PredictionServices() {}

    /** A builder for a service over these parts. */
    public static Builder builder(ModelRegistry registry, ImagerySource imagery, ResultStore store) {
        return new Builder(registry, imagery, store);
    }

    /** Collects the optional parts; not thread-safe. */
    public static final class Builder {
        private final ModelRegistry registry;
        private final ImagerySource imagery;
        private final ResultStore store;
        private ServingSettings settings = ServingSettings.defaults();
        private ServingMetrics metrics = ServingMetrics.NONE;
        private ServedAoiObserver observer = ServedAoiObserver.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder(ModelRegistry registry, ImagerySource imagery, ResultStore store) {
            this.registry = Objects.requireNonNull(registry, "registry");
            this.imagery = Objects.requireNonNull(imagery, "imagery");
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Replicas, queues, jobs, polling (default {@link ServingSettings#defaults()}). */
        public Builder settings(ServingSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Where to report (default {@link ServingMetrics#NONE}). */
        public Builder metrics(ServingMetrics value) {
            metrics = Objects.requireNonNull(value, "metrics");
            return this;
        }

        /**
         * Told about every production prediction after it is answered, off the request path (shadow
         * mirroring, drift; default {@link ServedAoiObserver#NONE}).
         */
        public Builder observer(ServedAoiObserver value) {
            observer = Objects.requireNonNull(value, "observer");
            return this;
        }

        /** The clock for timestamps (default UTC system clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Starts the service. Nothing is deployed yet: call {@code deployments().deployAll(PRODUCTION)}
         * before reporting ready (otherwise each year deploys on its first request).
         */
        public PredictionService start() {
            ModelLoader loader = new ModelLoader(registry, settings.cachedModels(), metrics);
            DeploymentTable table = new DeploymentTable(registry, loader, settings, clock);
            return new LocalPredictionService(table, imagery, store, settings, metrics, observer, clock);
        }
    }
}
