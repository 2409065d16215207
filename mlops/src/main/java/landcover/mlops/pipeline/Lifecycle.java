package landcover.mlops.pipeline;

import java.util.Objects;
import java.util.function.Consumer;
import landcover.domain.ClassScheme;
import landcover.mlops.pipeline.store.JdbcGroundTruthStore;
import landcover.mlops.pipeline.store.PipelineDatabase;
import landcover.mlops.pipeline.truth.GroundTruthStore;
import landcover.mlops.pipeline.truth.YearCoverage;
import landcover.mlops.registry.DatabaseSettings;
import landcover.mlops.registry.ModelRegistry;
import landcover.raster.imagery.ImagerySource;

/**
 * The retraining side of the lifecycle, opened on the registry's database: ground-truth intake
 * and the retraining service. The server and the CLI both start here. Close it to stop the worker
 * and release the database (the registry and the imagery source stay open: they are the caller's).
 */
public final class Lifecycle implements AutoCloseable {
    /**
     * What the lifecycle is built from.
     *
     * @param database the registry's metadata database (the lifecycle's tables live next to it)
     * @param registry the model registry
     * @param imagery the imagery the ground truth is checked against and sampled from
     * @param scheme the class scheme ground truth must use
     * @param rollout how decisions move aliases (and serving)
     * @param settings how runs go
     * @param hooks fault injection for tests ({@link PipelineHooks#NONE} otherwise)
     * @param runEnded told about every run that ended (metrics)
     */
    public record Config(
            DatabaseSettings database,
            ModelRegistry registry,
            ImagerySource imagery,
            ClassScheme scheme,
            ModelRollout rollout,
            PipelineSettings settings,
            PipelineHooks hooks,
            Consumer<RunRecord> runEnded) {
        public Config {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(imagery, "imagery");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(rollout, "rollout");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(hooks, "hooks");
            Objects.requireNonNull(runEnded, "runEnded");
        }

        /** A configuration that moves aliases in the registry only, without hooks or observers. */
        public static Config of(
                DatabaseSettings database, ModelRegistry registry, ImagerySource imagery, PipelineSettings settings) {
            return new Config(
                    database,
                    registry,
                    imagery,
                    ClassScheme.DEFAULT,
                    ModelRollout.registryOnly(registry),
                    settings,
                    PipelineHooks.NONE,
                    run -> {});
        }

        /** The same with other hooks. */
        public Config withHooks(PipelineHooks other) {
            return new Config(database, registry, imagery, scheme, rollout, settings, other, runEnded);
        }

        /** The same with another rollout. */
        public Config withRollout(ModelRollout other) {
            return new Config(database, registry, imagery, scheme, other, settings, hooks, runEnded);
        }

        /** The same with another run observer. */
        public Config withRunEnded(Consumer<RunRecord> other) {
            return new Config(database, registry, imagery, scheme, rollout, settings, hooks, other);
        }
    }

    private final PipelineDatabase db;
    private final GroundTruthStore groundTruth;
    private final LocalRetrainingService retraining;
    private final RetrainingTriggers triggers;

    private Lifecycle(
            PipelineDatabase db,
            GroundTruthStore groundTruth,
            LocalRetrainingService retraining,
            RetrainingTriggers triggers) {
        this.db = db;
        this.groundTruth = groundTruth;
        this.retraining = retraining;
        this.triggers = triggers;
    }

    /**
     * Opens the lifecycle (creating or migrating its tables) without resuming anything; call {@link
     * RetrainingService#resumeInterrupted()} when the rest of the process is ready.
     *
     * @throws landcover.mlops.MlopsException when the database cannot be reached
     */
    public static Lifecycle open(Config config) {
        PipelineSettings s = config.settings();
        PipelineDatabase db = PipelineDatabase.open(config.database());
        try {
            GroundTruthStore truth = new JdbcGroundTruthStore(
                    db, s.line(), config.scheme(), YearCoverage.of(config.imagery()), s.clock());
            PipelineServices services = new PipelineServices(
                    config.registry(),
                    truth,
                    config.imagery(),
                    config.rollout(),
                    new RetrainPolicies(db, s.line(), s.defaultPolicy(), s.clock()),
                    s,
                    config.hooks());
            RunStore store = new RunStore(db, s.line(), s.clock());
            RunLeases leases = new RunLeases(db, s.line(), s.clock(), s.lockTtl(), Owner.create());
            LocalRetrainingService retraining = new LocalRetrainingService(services, store, leases, config.runEnded());
            return new Lifecycle(db, truth, retraining, new RetrainingTriggers(retraining, services));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Ground-truth intake and listing. */
    public GroundTruthStore groundTruth() {
        return groundTruth;
    }

    /** Retraining runs. */
    public RetrainingService retraining() {
        return retraining;
    }

    /** Alert, new-data and schedule triggers. */
    public RetrainingTriggers triggers() {
        return triggers;
    }

    @Override
    public void close() {
        triggers.close();
        try {
            retraining.close();
        } finally {
            db.close();
        }
    }
}
