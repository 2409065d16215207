package landcover.mlops.train;

import java.util.Objects;
import java.util.Optional;
import landcover.mlops.MlopsException;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelledSamples;

/**
 * What to train and how to score it.
 *
 * @param samples labelled samples (and their scheme)
 * @param test a separate test set; when empty a grouped holdout is split off {@code samples}
 * @param holdoutFraction share of each class's groups held out when there is no test set, (0, 1)
 * @param holdoutRows which rows of a held-out group are scored
 * @param params forest hyperparameters; its seed also seeds the split and permutation importance
 * @param threads worker threads for training
 */
public record TrainingRequest(
        LabelledSamples samples,
        Optional<LabelledSamples> test,
        double holdoutFraction,
        GroupedSplit.HoldoutRows holdoutRows,
        ForestParams params,
        int threads) {
    /** The holdout share used when none is given. */
    public static final double DEFAULT_HOLDOUT = 0.15;

    public TrainingRequest {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(holdoutRows, "holdoutRows");
        Objects.requireNonNull(params, "params");
        if (!(holdoutFraction > 0 && holdoutFraction < 1)) {
            throw new MlopsException("holdout fraction " + holdoutFraction + " must be between 0 and 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
    }
}
