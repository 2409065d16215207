package landcover.mlops.serving.shadow;

import java.util.HashMap;
import java.util.Map;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestPredictor;
import landcover.mlops.inference.Predictions;

/**
 * Classifies a served AOI with the shadow model and tallies it against production's classes, a
 * block of {@value #BLOCK} pixels at a time. Not thread-safe: one per mirror thread per model.
 */
final class ShadowClassifier {
    static final int BLOCK = 4096;

    private final ShadowModel model;
    private final ForestPredictor predictor;
    private final int p;
    private final float[] x;
    private final int[] index;
    private final byte[] classes = new byte[BLOCK];
    private final float[] top = new float[BLOCK];

    ShadowClassifier(ShadowModel model) {
        this.model = model;
        this.predictor = model.forest().newPredictor(BLOCK);
        this.p = model.forest().features().size();
        this.x = new float[BLOCK * p];
        this.index = new int[BLOCK];
    }

    ShadowModel model() {
        return model;
    }

    /**
     * Compares the shadow's classes with production's over the AOI pixels both classify.
     *
     * @throws IllegalArgumentException when the served planes lack one of the shadow's features
     */
    Comparison compare(ServedAoi aoi) {
        CompiledForest forest = model.forest();
        int[] column = new int[p];
        for (int j = 0; j < p; j++) {
            column[j] = aoi.features().indexOf(forest.features().name(j));
            if (column[j] < 0) {
                throw new IllegalArgumentException("the served AOI lacks the shadow's feature "
                        + forest.features().name(j));
            }
        }
        Tally tally = new Tally();
        int n = 0;
        for (int i = 0; i < aoi.pixels(); i++) {
            if (aoi.isInside(i) && aoi.productionClass(i) != 0) {
                gather(aoi, column, i, n);
                if (++n == BLOCK) {
                    flush(aoi, n, tally);
                    n = 0;
                }
            }
        }
        if (n > 0) {
            flush(aoi, n, tally);
        }
        return tally.comparison(aoi, model);
    }

    private void gather(ServedAoi aoi, int[] column, int i, int n) {
        float nodata = aoi.nodata();
        int o = n * p;
        index[n] = i;
        for (int j = 0; j < p; j++) {
            float v = aoi.plane(column[j])[i];
            x[o + j] = v == nodata ? Float.NaN : v;
        }
    }

    private void flush(ServedAoi aoi, int n, Tally tally) {
        predictor.predict(x, n, model.forest().featureHash(), Predictions.of(classes, top, 0));
        for (int v = 0; v < n; v++) {
            int shadow = classes[v] & 0xff;
            if (shadow != 0) {
                tally.add(aoi.productionClass(index[v]), aoi.productionConfidence(index[v]), shadow, top[v]);
            }
        }
    }

    /** Pixel counts and confidence sums of one comparison. */
    private static final class Tally {
        private long pixels;
        private long agreeing;
        private double productionConfidence;
        private double shadowConfidence;
        private final long[] productionCounts = new long[256];
        private final long[] shadowCounts = new long[256];

        void add(int production, float productionTop, int shadow, float shadowTop) {
            pixels++;
            agreeing += production == shadow ? 1 : 0;
            productionConfidence += productionTop;
            shadowConfidence += shadowTop;
            productionCounts[production]++;
            shadowCounts[shadow]++;
        }

        Comparison comparison(ServedAoi aoi, ShadowModel model) {
            Map<Integer, Double> deltas = new HashMap<>();
            for (int c = 1; c < 256; c++) {
                if (shadowCounts[c] != productionCounts[c]) {
                    deltas.put(c, (shadowCounts[c] - productionCounts[c]) * aoi.pixelAreaM2());
                }
            }
            double prod = pixels == 0 ? 0 : productionConfidence / pixels;
            double shad = pixels == 0 ? 0 : shadowConfidence / pixels;
            return new Comparison(aoi.at(), aoi.production(), model.id(), pixels, agreeing, prod, shad, deltas);
        }
    }
}
