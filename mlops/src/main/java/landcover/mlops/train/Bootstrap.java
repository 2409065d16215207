package landcover.mlops.train;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws one tree's training sample the way Smile's RandomForest does — stratified, each class
 * sampled separately so every tree sees the class proportions — extended with per-row weights (rows
 * drawn in proportion to their weight, so a polygon's many pixels count no more than its weight
 * allows) and class weights (multiplying a class's draws).
 */
final class Bootstrap {
    private final int n;
    private final int[][] rowsByClass;
    private final double[][] cumulative;
    private final int[] draws;
    private final boolean withReplacement;
    private final float[] weights;

    Bootstrap(int[] y, float[] weights, int k, ForestParams params, int[] classCodes) {
        this.n = y.length;
        this.weights = weights;
        int[] count = new int[k];
        for (int c : y) {
            count[c]++;
        }
        rowsByClass = new int[k][];
        cumulative = new double[k][];
        draws = new int[k];
        int[] fill = new int[k];
        for (int c = 0; c < k; c++) {
            rowsByClass[c] = new int[count[c]];
            cumulative[c] = new double[count[c]];
            double share = params.sampleFraction() * params.classWeight(classCodes[c]);
            draws[c] = (int) Math.max(1, Math.round(share * count[c]));
        }
        for (int i = 0; i < n; i++) {
            int c = y[i];
            rowsByClass[c][fill[c]] = i;
            double previous = fill[c] == 0 ? 0 : cumulative[c][fill[c] - 1];
            cumulative[c][fill[c]++] = previous + weights[i];
        }
        withReplacement = params.sampleFraction() == 1.0;
    }

    /** How often each row is drawn for one tree ({@code samples[i]}, 0 = out of bag). */
    int[] sample(SplittableRandom random) {
        int[] samples = new int[n];
        for (int c = 0; c < rowsByClass.length; c++) {
            if (withReplacement) {
                drawWithReplacement(c, random, samples);
            } else {
                drawWithoutReplacement(c, random, samples);
            }
        }
        return samples;
    }

    private void drawWithReplacement(int c, SplittableRandom random, int[] samples) {
        double[] cum = cumulative[c];
        double total = cum[cum.length - 1];
        for (int d = 0; d < draws[c]; d++) {
            int at = Arrays.binarySearch(cum, random.nextDouble() * total);
            int index = at >= 0 ? at + 1 : -at - 1;
            samples[rowsByClass[c][Math.min(index, cum.length - 1)]]++;
        }
    }

    /** Efraimidis–Spirakis: keep the rows with the largest {@code u^(1/w)}. */
    private void drawWithoutReplacement(int c, SplittableRandom random, int[] samples) {
        int[] rows = rowsByClass[c];
        double[] keys = new double[rows.length];
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = Math.log(random.nextDouble()) / weights[rows[i]];
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(keys[b], keys[a]));
        for (int d = 0; d < Math.min(draws[c], rows.length); d++) {
            samples[rows[order[d]]]++;
        }
    }
}
