package landcover.mlops.train;

import java.util.Objects;

/**
 * One feature's importance.
 *
 * @param feature the feature name
 * @param score the importance: a share of the total for impurity importance, an accuracy drop for
 *     permutation importance
 */
public record FeatureScore(String feature, double score) {
    public FeatureScore {
        Objects.requireNonNull(feature, "feature");
    }
}
