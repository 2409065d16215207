package landcover.mlops.pipeline;

import java.util.Objects;
import landcover.mlops.pipeline.truth.GroundTruthStore;
import landcover.mlops.registry.ModelRegistry;
import landcover.raster.imagery.ImagerySource;

/**
 * What the steps call.
 *
 * @param registry the model registry (champion artifacts in, challenger out)
 * @param groundTruth the ground-truth batches
 * @param imagery features at the ground truth's locations
 * @param rollout alias moves (and serving swaps) for decisions
 * @param policies the decision policy of each year
 * @param settings how runs go
 * @param hooks fault injection
 */
record PipelineServices(
        ModelRegistry registry,
        GroundTruthStore groundTruth,
        ImagerySource imagery,
        ModelRollout rollout,
        RetrainPolicies policies,
        PipelineSettings settings,
        PipelineHooks hooks) {
    PipelineServices {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(groundTruth, "groundTruth");
        Objects.requireNonNull(imagery, "imagery");
        Objects.requireNonNull(rollout, "rollout");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(hooks, "hooks");
    }
}
