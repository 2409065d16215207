package landcover.server.api;

import java.util.Objects;
import landcover.mlops.monitoring.ReadinessGate;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.PredictionService;

/**
 * The prediction flow as the edges see it: absent while the server starts (the first start
 * bootstraps the sample region and trains its baselines, every start loads the production models),
 * then the running service and its registry. Holds the readiness condition it marks met once the
 * production models are deployed. Thread-safe.
 */
public final class ServingState implements AutoCloseable {
    /** What runs once started; closed together. */
    public record Running(PredictionService service, ModelRegistry registry, AutoCloseable resources) {
        public Running {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(resources, "resources");
        }
    }

    private final ReadinessGate.Condition models;
    private volatile Running running;
    private volatile String pending = "the prediction flow has not started";
    private volatile boolean closed;

    /** @param models the readiness condition "production models loaded" */
    public ServingState(ReadinessGate.Condition models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    private ServingState() {
        this.models = null;
        this.pending = "the prediction flow is not wired into this server";
    }

    /**
     * A state that never serves and leaves readiness alone, for edges tested without the prediction
     * flow: predictions answer 503.
     */
    public static ServingState notWired() {
        return new ServingState();
    }

    /**
     * The prediction service.
     *
     * @throws ServingNotReadyException while it is not running
     */
    public PredictionService service() {
        return current().service();
    }

    /**
     * The model registry.
     *
     * @throws ServingNotReadyException while the prediction flow is not running
     */
    public ModelRegistry registry() {
        return current().registry();
    }

    private Running current() {
        Running r = running;
        if (r == null) {
            throw new ServingNotReadyException(pending);
        }
        return r;
    }

    /** Says what the start is doing, for 503 answers and the readiness report. */
    public void progress(String step) {
        pending = Objects.requireNonNull(step, "step");
        if (models != null) {
            models.markUnmet(step);
        }
    }

    /**
     * Publishes the running service and marks the production models loaded; closes it instead when
     * the state was closed meanwhile (the server stopped during its start).
     */
    public synchronized void started(Running r) {
        if (closed) {
            closeQuietly(r.resources());
            return;
        }
        running = r;
        if (models != null) {
            models.markMet();
        }
    }

    /** Records that the start failed; readiness stays red with the reason. */
    public void failed(String reason) {
        progress("start failed: " + reason);
    }

    /** Drains the replicas and closes the service, imagery, store and registry. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        Running r = running;
        running = null;
        if (r != null) {
            closeQuietly(r.resources());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.getLogger(ServingState.class.getName())
                    .log(System.Logger.Level.WARNING, "closing the prediction flow failed: " + e.getMessage(), e);
        }
    }
}
