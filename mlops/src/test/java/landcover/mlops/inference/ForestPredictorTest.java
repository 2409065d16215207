package landcover.mlops.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernel's integer keys and lockstep groups against plain float comparisons, pixel by pixel. */
class ForestPredictorTest {
    private static final float[] EDGES = {
        Float.NEGATIVE_INFINITY,
        -Float.MAX_VALUE,
        -1f,
        -Float.MIN_NORMAL,
        -Float.MIN_VALUE,
        -0f,
        0f,
        Float.MIN_VALUE,
        Float.MIN_NORMAL,
        1f,
        Float.MAX_VALUE,
        Float.POSITIVE_INFINITY
    };

    @Test
    void key_edgeValuesAgainstStoredThresholds_orderAsFloatComparison() {
        for (float x : EDGES) {
            for (float t : EDGES) {
                float threshold = t + 0f; // as PackedTrees stores thresholds
                assertThat(PackedTrees.key(x) > PackedTrees.key(threshold))
                        .as("key(%s) > key(%s)", x, threshold)
                        .isEqualTo(x > t);
            }
        }
    }

    /** One split on feature a at {@code threshold}: class 1 if {@code a <= threshold}, else class 2. */
    private static CompiledForest stump(float threshold) {
        ForestBuilder b = new ForestBuilder(FeatureSchema.of("a", "b"), new int[] {1, 2});
        b.addTree(b.split(0, threshold, b.leaf(new double[] {1, 0}), b.leaf(new double[] {0, 1})));
        return b.build();
    }

    @Test
    void predict_signedZerosAroundZeroThresholds_followFloatComparison() {
        for (float t : new float[] {-0f, 0f, -Float.MIN_VALUE, Float.MIN_VALUE}) {
            CompiledForest forest = stump(t);
            float[] x = new float[EDGES.length * 2];
            for (int i = 0; i < EDGES.length; i++) {
                x[2 * i] = EDGES[i];
            }
            byte[] classes = new byte[EDGES.length];
            forest.newPredictor(EDGES.length)
                    .predict(x, EDGES.length, forest.featureHash(), Predictions.of(classes, null, 0));
            for (int i = 0; i < EDGES.length; i++) {
                assertThat(classes[i]).as("%s <= %s", EDGES[i], t).isEqualTo((byte) (EDGES[i] <= t ? 1 : 2));
            }
        }
    }

    /** A random full tree of the given depth on features (a, b), class 1 or 2 at each leaf. */
    private static int randomTree(ForestBuilder b, SplittableRandom random, int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return b.leaf(random.nextBoolean() ? new double[] {1, 0} : new double[] {0, 1});
        }
        int low = randomTree(b, random, depth - 1);
        int high = randomTree(b, random, depth - 1);
        return b.split(random.nextInt(2), (float) random.nextGaussian(), low, high);
    }

    @Test
    void predict_blockWithNodataAmongGroupsOfEight_equalsPixelByPixel() {
        SplittableRandom random = new SplittableRandom(7);
        ForestBuilder b = new ForestBuilder(FeatureSchema.of("a", "b"), new int[] {1, 2});
        for (int t = 0; t < 9; t++) {
            b.addTree(randomTree(b, random, 8));
        }
        CompiledForest forest = b.build();
        int n = 203;
        float[] x = new float[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(10) == 0 ? Float.NaN : (float) random.nextGaussian();
        }
        byte[] classes = new byte[n];
        float[] top = new float[n];
        float[] probs = new float[2 * n];
        forest.newPredictor(n).predict(x, n, forest.featureHash(), Predictions.withProbabilities(classes, top, probs));

        ForestPredictor single = forest.newPredictor(1);
        for (int i = 0; i < n; i++) {
            byte[] c = new byte[1];
            float[] tp = new float[1];
            float[] p = new float[2];
            single.predict(
                    new float[] {x[2 * i], x[2 * i + 1]},
                    1,
                    forest.featureHash(),
                    Predictions.withProbabilities(c, tp, p));
            assertThat(classes[i]).as("pixel %d", i).isEqualTo(c[0]);
            assertThat(probs[2 * i]).isEqualTo(p[0]);
            assertThat(probs[2 * i + 1]).isEqualTo(p[1]);
        }
        assertThat(classes).contains((byte) 0, (byte) 1, (byte) 2);
    }
}
