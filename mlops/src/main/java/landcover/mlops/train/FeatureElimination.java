package landcover.mlops.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.SampleTable;

/**
 * Recursive feature elimination with grouped cross-validation: train on all features, score each
 * fold (folds are whole groups, stratified by class, so neighbouring pixels never score each other),
 * drop the features with the lowest impurity importance (averaged over the folds), repeat until
 * {@code keep} remain. The published method used it to keep 15 of 72 candidates. Deterministic for a
 * seed (the forest parameters' seed seeds the folds and every forest).
 */
public final class FeatureElimination {
    /**
     * @param keep features to end with, at least 1
     * @param folds cross-validation folds, at least 2
     * @param step features dropped per round, at least 1
     * @param forest parameters of every forest trained
     * @param threads training threads
     */
    public record Options(int keep, int folds, int step, ForestParams forest, int threads) {
        public Options {
            Objects.requireNonNull(forest, "forest");
            if (keep < 1 || folds < 2 || step < 1 || threads < 1) {
                throw new MlopsException("feature elimination needs keep >= 1, folds >= 2, step >= 1");
            }
        }
    }

    /**
     * One round.
     *
     * @param features the features scored this round
     * @param cvAccuracy pooled accuracy over the folds' held-out rows
     * @param dropped the features removed after this round (empty in the last)
     */
    public record Round(List<String> features, double cvAccuracy, List<String> dropped) {
        public Round {
            features = List.copyOf(features);
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * @param selected the {@code keep} features left, in the table's order
     * @param rounds every round, first (all features) to last
     */
    public record Result(List<String> selected, List<Round> rounds) {
        public Result {
            selected = List.copyOf(selected);
            rounds = List.copyOf(rounds);
        }
    }

    private FeatureElimination() {}

    /** Runs the elimination. */
    public static Result run(SampleTable table, Options options) {
        if (options.keep() > table.featureCount()) {
            throw new MlopsException("cannot keep " + options.keep() + " of " + table.featureCount() + " features");
        }
        int[] fold = GroupedSplit.folds(table, options.folds(), options.forest().seed());
        List<String> current = new ArrayList<>(table.features().names());
        List<Round> rounds = new ArrayList<>();
        while (true) {
            SampleTable subset = table.select(new FeatureSchema(current));
            double[] importance = new double[current.size()];
            double accuracy = crossValidate(subset, fold, options, importance);
            int drop = Math.min(options.step(), current.size() - options.keep());
            List<String> dropped = leastImportant(current, importance, drop);
            rounds.add(new Round(current, accuracy, dropped));
            if (dropped.isEmpty()) {
                return new Result(current, rounds);
            }
            current.removeAll(dropped);
        }
    }

    /** Pooled held-out accuracy; adds each fold's impurity importance into {@code importance}. */
    private static double crossValidate(SampleTable subset, int[] fold, Options options, double[] importance) {
        RandomForestTrainer trainer = new RandomForestTrainer(options.threads());
        long correct = 0;
        for (int f = 0; f < options.folds(); f++) {
            List<Integer> trainRows = new ArrayList<>();
            List<Integer> testRows = new ArrayList<>();
            for (int r = 0; r < fold.length; r++) {
                (fold[r] == f ? testRows : trainRows).add(r);
            }
            SampleTable train = subset.rows(trainRows.stream().mapToInt(i -> i).toArray());
            SampleTable test = subset.rows(testRows.stream().mapToInt(i -> i).toArray());
            TrainedForest forest = trainer.train(
                    train, options.forest().withSeed(options.forest().seed() + f));
            List<FeatureScore> scores = forest.impurityImportance();
            for (int j = 0; j < importance.length; j++) {
                importance[j] += scores.get(j).score();
            }
            Evaluation e = ForestEvaluator.evaluate(forest.compile(), test);
            correct += e.matrix().diagonal();
        }
        return correct / (double) fold.length;
    }

    private static List<String> leastImportant(List<String> names, double[] importance, int count) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.<Integer>comparingDouble(j -> importance[j]).thenComparing(names::get));
        return order.subList(0, count).stream().map(names::get).toList();
    }
}
