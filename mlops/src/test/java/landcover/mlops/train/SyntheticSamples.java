package landcover.mlops.train;

import java.util.SplittableRandom;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.SampleTable;

/** Deterministic synthetic samples for tests (labelled synthetic: not real imagery). */
final class SyntheticSamples {
    private SyntheticSamples() {}

    /**
     * Gaussian features; the class (1..classes) is a noisy function of the first three features, so
     * trees have real structure to learn. Each row is its own group.
     */
    static SampleTable gaussian(int rows, int features, int classes, long seed) {
        String[] names = new String[features];
        for (int j = 0; j < features; j++) {
            names[j] = "synthetic_f" + j;
        }
        SampleTable.Builder b = SampleTable.builder(FeatureSchema.of(names));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < rows; i++) {
            float[] row = new float[features];
            for (int j = 0; j < features; j++) {
                row[j] = (float) random.nextGaussian();
            }
            double score = row[0] + 0.7 * row[1] * row[2] + 0.3 * random.nextGaussian();
            int label = (int) Math.clamp(Math.floor((score + 2) / 4 * classes), 0, classes - 1) + 1;
            b.add(row, label, i, 1f, Double.NaN, Double.NaN);
        }
        return b.build();
    }
}
