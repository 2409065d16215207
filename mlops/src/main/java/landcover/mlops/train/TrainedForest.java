package landcover.mlops.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.FeatureSchema;
import smile.classification.RandomForest;
import smile.data.type.StructType;

/**
 * A trained Smile random forest with what produced it. Serve it through {@link #compile()}; Smile's
 * own prediction ({@link #predictWithSmile}) is kept for parity checks and benchmarks. Thread-safe.
 */
public final class TrainedForest {
    private final RandomForest forest;
    private final FeatureSchema features;
    private final int[] classCodes;
    private final ForestParams params;
    private final double oobAccuracy;
    private final double trainSeconds;
    private final StructType schema;

    TrainedForest(
            RandomForest forest,
            FeatureSchema features,
            int[] classCodes,
            ForestParams params,
            double oobAccuracy,
            double trainSeconds) {
        this.forest = forest;
        this.features = features;
        this.classCodes = classCodes;
        this.params = params;
        this.oobAccuracy = oobAccuracy;
        this.trainSeconds = trainSeconds;
        this.schema = SmileFrames.featureSchema(features.size());
    }

    /** The features, in the order rows and pixels must give them. */
    public FeatureSchema features() {
        return features;
    }

    /** The class codes the forest predicts, ascending (a copy). */
    public int[] classCodes() {
        return classCodes.clone();
    }

    /** The parameters it was trained with. */
    public ForestParams params() {
        return params;
    }

    /** Out-of-bag accuracy of the majority vote (NaN when no row was ever out of bag). */
    public double oobAccuracy() {
        return oobAccuracy;
    }

    /** Wall-clock training time. */
    public double trainSeconds() {
        return trainSeconds;
    }

    /** Number of trees. */
    public int treeCount() {
        return forest.size();
    }

    /**
     * The forest as flat arrays for serving, combining trees by {@link ForestParams#voting()}; it
     * predicts exactly as {@link #predictWithSmile} with that rule.
     */
    public CompiledForest compile() {
        return compile(params.voting());
    }

    /** The forest as flat arrays for serving, combining trees by {@code voting}. */
    public CompiledForest compile(Voting voting) {
        return SmileCompiler.compile(forest, features, classCodes, voting);
    }

    /**
     * Smile's own prediction: {@code RandomForest.vote(x, posteriori)} for {@link Voting#HARD} (its
     * class is {@code predict(x)}'s), {@code predict(x, posteriori)} for {@link Voting#SOFT}.
     *
     * @param row feature values in {@link #features()} order
     * @param voting how trees combine
     * @param probabilities receives one probability per class, in {@link #classCodes()} order
     * @return the predicted class code
     */
    public int predictWithSmile(float[] row, Voting voting, double[] probabilities) {
        if (row.length != features.size() || probabilities.length != classCodes.length) {
            throw new MlopsException("expected " + features.size() + " features and " + classCodes.length + " classes");
        }
        var x = SmileFrames.tuple(schema, row);
        return classCodes[voting == Voting.HARD ? forest.vote(x, probabilities) : forest.predict(x, probabilities)];
    }

    /** Smile's {@code RandomForest.predict(x)} (hard majority vote), the class code. */
    public int predictWithSmile(float[] row) {
        return classCodes[forest.predict(SmileFrames.tuple(schema, row))];
    }

    /**
     * Impurity (gini decrease) importance summed over trees, as Smile reports it, scaled to sum to 1,
     * in feature order.
     */
    public List<FeatureScore> impurityImportance() {
        double[] raw = forest.importance();
        double total = Arrays.stream(raw).sum();
        List<FeatureScore> scores = new ArrayList<>();
        for (int j = 0; j < raw.length; j++) {
            scores.add(new FeatureScore(features.name(j), total > 0 ? raw[j] / total : 0));
        }
        return scores;
    }
}
