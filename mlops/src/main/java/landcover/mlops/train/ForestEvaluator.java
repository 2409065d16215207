package landcover.mlops.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestPredictor;
import landcover.mlops.inference.Predictions;
import landcover.mlops.train.data.SampleTable;

/** Scores compiled forests on labelled samples. Stateless and thread-safe. */
public final class ForestEvaluator {
    private static final int BLOCK = 1024;

    private ForestEvaluator() {}

    /**
     * Evaluates a forest on a table whose features are the forest's (same names; the table's columns
     * are reordered to the forest's order if needed).
     */
    public static Evaluation evaluate(CompiledForest forest, SampleTable table) {
        SampleTable aligned = align(forest, table);
        int[] predicted = predict(forest, aligned.values(), aligned.size());
        return Evaluation.of(codes(forest, aligned), aligned.classCodes(), predicted);
    }

    /** The predicted class code of each row of row-major features in the forest's order. */
    public static int[] predict(CompiledForest forest, float[] rowMajor, int rows) {
        int p = forest.features().size();
        ForestPredictor predictor = forest.newPredictor(BLOCK);
        byte[] classes = new byte[rows];
        float[] block = new float[BLOCK * p];
        for (int start = 0; start < rows; start += BLOCK) {
            int n = Math.min(BLOCK, rows - start);
            System.arraycopy(rowMajor, start * p, block, 0, n * p);
            predictor.predict(block, n, forest.featureHash(), Predictions.of(classes, null, start));
        }
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            codes[i] = classes[i] & 0xff;
        }
        return codes;
    }

    /**
     * Permutation importance: the drop in overall accuracy when one feature's column is shuffled
     * (seeded), in the forest's feature order. Best measured on held-out rows.
     */
    public static List<FeatureScore> permutationImportance(CompiledForest forest, SampleTable table, long seed) {
        SampleTable aligned = align(forest, table);
        int p = aligned.featureCount();
        int n = aligned.size();
        float[] values = aligned.values();
        int[] reference = aligned.classCodes();
        double base = accuracy(reference, predict(forest, values, n));
        SplittableRandom random = new SplittableRandom(seed);
        List<FeatureScore> scores = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            float[] shuffled = values.clone();
            for (int i = n - 1; i > 0; i--) {
                int other = random.nextInt(i + 1);
                float t = shuffled[i * p + j];
                shuffled[i * p + j] = shuffled[other * p + j];
                shuffled[other * p + j] = t;
            }
            double drop = base - accuracy(reference, predict(forest, shuffled, n));
            scores.add(new FeatureScore(forest.features().name(j), drop));
        }
        return scores;
    }

    private static double accuracy(int[] reference, int[] predicted) {
        int hit = 0;
        for (int i = 0; i < reference.length; i++) {
            hit += reference[i] == predicted[i] ? 1 : 0;
        }
        return reference.length == 0 ? 0 : hit / (double) reference.length;
    }

    private static SampleTable align(CompiledForest forest, SampleTable table) {
        if (table.features().equals(forest.features())) {
            return table;
        }
        for (String name : forest.features().names()) {
            if (table.features().indexOf(name) < 0) {
                throw new MlopsException("the samples lack the model's feature '" + name + "'");
            }
        }
        return table.select(forest.features());
    }

    private static int[] codes(CompiledForest forest, SampleTable table) {
        TreeSet<Integer> all = new TreeSet<>();
        Arrays.stream(forest.classCodes()).forEach(all::add);
        Arrays.stream(table.distinctClasses()).forEach(all::add);
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
