package landcover.mlops.train;

import java.util.List;
import java.util.Objects;
import landcover.domain.ClassScheme;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.train.data.LabelReport;
import landcover.mlops.train.data.SampleTable;

/**
 * A trained and evaluated model with the data it came from.
 *
 * @param forest the Smile forest (for parity checks; not stored)
 * @param compiled the serving form
 * @param scheme the class scheme
 * @param training the rows it was trained on
 * @param holdout the rows it was scored on
 * @param holdoutSource {@code grouped-split} or {@code test-file}
 * @param evaluation the score on {@code holdout}
 * @param impurityImportance Smile's impurity importance, shares summing to 1
 * @param permutationImportance accuracy drop on the holdout when each feature is shuffled
 * @param report what the label readers left out
 */
public record TrainingResult(
        TrainedForest forest,
        CompiledForest compiled,
        ClassScheme scheme,
        SampleTable training,
        SampleTable holdout,
        String holdoutSource,
        Evaluation evaluation,
        List<FeatureScore> impurityImportance,
        List<FeatureScore> permutationImportance,
        LabelReport report) {
    public TrainingResult {
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(compiled, "compiled");
        impurityImportance = List.copyOf(impurityImportance);
        permutationImportance = List.copyOf(permutationImportance);
    }
}
