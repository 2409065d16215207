package landcover.mlops.serving;

import java.util.Arrays;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestPredictor;
import landcover.mlops.inference.Predictions;

/**
 * Runs a compiled forest over the pixels of an AOI and nothing else: gathers the AOI pixels of a
 * band of rows into a pixel-interleaved block, classifies the block, scatters classes, top-class
 * probabilities and (optionally) every class's probability back to the window, and tallies them per
 * area cell. Owns its predictor and buffers: <b>not thread-safe</b>, one per worker thread.
 */
final class AoiClassifier {
    private final CompiledForest forest;
    private final ForestPredictor predictor;
    private final long featureHash;
    private final int p;
    private final int k;
    private final int block;
    private final int[] column;
    private final float[] x;
    private final int[] index;
    private final byte[] classes;
    private final float[] top;
    private final float[] probs;
    private final Predictions topOnly;
    private final Predictions withProbs;

    AoiClassifier(CompiledForest forest, int blockPixels) {
        this.forest = forest;
        this.predictor = forest.newPredictor(blockPixels);
        this.featureHash = forest.featureHash();
        this.p = forest.features().size();
        this.k = forest.classCount();
        this.block = blockPixels;
        this.column = new int[256];
        for (int c = 0; c < k; c++) {
            column[forest.classCode(c)] = c + 1;
        }
        this.x = new float[blockPixels * p];
        this.index = new int[blockPixels];
        this.classes = new byte[blockPixels];
        this.top = new float[blockPixels];
        this.probs = new float[blockPixels * k];
        this.topOnly = Predictions.of(classes, top, 0);
        this.withProbs = Predictions.withProbabilities(classes, top, probs);
    }

    CompiledForest forest() {
        return forest;
    }

    /**
     * Classifies the AOI pixels of rows {@code [rowStart, rowEnd)} of the window into {@code out} and
     * counts them into {@code tally}. Pixels outside the AOI are left as they are in {@code out}.
     */
    void classifyRows(AoiPixels in, int rowStart, int rowEnd, ClassifiedAoi out, Tally tally) {
        int n = 0;
        for (int row = rowStart; row < rowEnd; row++) {
            int first = row * in.width();
            for (int i = first; i < first + in.width(); i++) {
                if (in.isInside(i)) {
                    gather(in, i, n);
                    if (++n == block) {
                        flush(in, n, out, tally);
                        n = 0;
                    }
                }
            }
        }
        if (n > 0) {
            flush(in, n, out, tally);
        }
    }

    /* Pixel i's features into block slot n, in the forest's order; the input's nodata value becomes
     * NaN, which the predictor treats as nodata (class 0). */
    private void gather(AoiPixels in, int i, int n) {
        float[][] planes = in.planes();
        float nodata = in.nodata();
        int o = n * p;
        index[n] = i;
        for (int j = 0; j < p; j++) {
            float v = planes[j][i];
            x[o + j] = v == nodata ? Float.NaN : v;
        }
    }

    private void flush(AoiPixels in, int n, ClassifiedAoi out, Tally tally) {
        boolean wantProbs = out.probabilities() != null;
        predictor.predict(x, n, featureHash, wantProbs ? withProbs : topOnly);
        scatter(in, n, out, tally);
        if (wantProbs) {
            scatterProbabilities(n, out.probabilities());
        }
    }

    /* Classes and top probabilities back to their window positions, tallied per cell and class;
     * nodata keeps NaN as its top probability. */
    private void scatter(AoiPixels in, int n, ClassifiedAoi out, Tally tally) {
        byte[] outClasses = out.classes();
        float[] outTop = out.top();
        for (int v = 0; v < n; v++) {
            int i = index[v];
            int code = classes[v] & 0xff;
            outClasses[i] = classes[v];
            if (code != 0) {
                outTop[i] = top[v];
                tally.addTop(top[v]);
            }
            tally.count(in.cell(i), column[code]);
        }
    }

    private void scatterProbabilities(int n, float[][] planes) {
        for (int v = 0; v < n; v++) {
            int i = index[v];
            boolean valid = classes[v] != 0;
            for (int c = 0; c < k; c++) {
                planes[c][i] = valid ? probs[v * k + c] : Float.NaN;
            }
        }
    }

    /** Output planes for a window of {@code pixels}: classes 0, probabilities NaN. */
    static ClassifiedAoi newOutput(int pixels, int classCount, boolean probabilities) {
        float[] top = new float[pixels];
        Arrays.fill(top, Float.NaN);
        float[][] probs = null;
        if (probabilities) {
            probs = new float[classCount][pixels];
            for (float[] plane : probs) {
                Arrays.fill(plane, Float.NaN);
            }
        }
        return new ClassifiedAoi(new byte[pixels], top, probs);
    }
}
