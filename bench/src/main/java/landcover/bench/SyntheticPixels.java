package landcover.bench;

import java.util.SplittableRandom;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.SampleTable;

/**
 * Deterministic <b>synthetic</b> pixels for the inference benchmark: 9 classes with uneven priors,
 * 15 features drawn from overlapping class-conditional Gaussians (plus a non-linear term), so a
 * random forest reaches roughly the 75-85 % accuracy of real land-cover data and grows trees of
 * realistic size. Features are named after the 15 kept by the published method's RFE, but the values
 * are synthetic.
 */
final class SyntheticPixels {
    static final String[] FEATURES = {
        "slope",
        "dem",
        "summer_AOT",
        "autumn_AOT",
        "spring_B01",
        "summer_B01",
        "autumn_B01",
        "summer_B11",
        "summer_B12",
        "spring_ndyi",
        "spring_cri1",
        "spring_ndvi",
        "summer_ri",
        "summer_mndwi",
        "summer_moisture"
    };
    private static final double[] PRIORS = {0.12, 0.18, 0.14, 0.06, 0.03, 0.17, 0.13, 0.10, 0.07};

    private final double[][] means;
    private final double spread;

    SyntheticPixels(long seed, double spread) {
        SplittableRandom random = new SplittableRandom(seed);
        means = new double[PRIORS.length][FEATURES.length];
        for (double[] m : means) {
            for (int j = 0; j < m.length; j++) {
                m[j] = random.nextGaussian();
            }
        }
        this.spread = spread;
    }

    static FeatureSchema schema() {
        return FeatureSchema.of(FEATURES);
    }

    /** Class index 0-8 drawn from the priors. */
    private static int drawClass(SplittableRandom random) {
        double u = random.nextDouble();
        int c = 0;
        while (c < PRIORS.length - 1 && (u -= PRIORS[c]) > 0) {
            c++;
        }
        return c;
    }

    /** Fills one pixel's features for class c. */
    private void pixel(int c, SplittableRandom random, float[] out, int offset) {
        for (int j = 0; j < FEATURES.length; j++) {
            out[offset + j] = (float) (means[c][j] + spread * random.nextGaussian());
        }
        out[offset + 1] += (float) (0.5 * out[offset] * out[offset + 2]);
    }

    /** A labelled table of {@code rows} pixels (class codes 1-9, each row its own group). */
    SampleTable table(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SampleTable.Builder b = SampleTable.builder(schema());
        float[] row = new float[FEATURES.length];
        for (int i = 0; i < rows; i++) {
            int c = drawClass(random);
            pixel(c, random, row, 0);
            b.add(row, c + 1, i, 1f, Double.NaN, Double.NaN);
        }
        return b.build();
    }

    /** {@code rows} unlabelled pixels, pixel-interleaved. */
    float[] pixels(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] out = new float[rows * FEATURES.length];
        for (int i = 0; i < rows; i++) {
            pixel(drawClass(random), random, out, i * FEATURES.length);
        }
        return out;
    }
}
