package landcover.mlops.train;

import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.validation.ClassificationMetrics;

/**
 * Out-of-bag bookkeeping: each tree's accuracy on the rows its bootstrap left out (Smile weighs the
 * tree's vote by it) and the forest's out-of-bag vote per row. Thread-safe.
 */
final class OutOfBag {
    private final int[] y;
    private final int k;
    private final int[] votes;

    OutOfBag(int[] y, int k) {
        this.y = y;
        this.k = k;
        this.votes = new int[y.length * k];
    }

    /** Scores a tree on its out-of-bag rows and records their votes. */
    RandomForest.Model score(DecisionTree tree, DataFrame x, int[] samples, double fitMillis) {
        long start = System.nanoTime();
        int[] predicted = new int[y.length];
        int noob = 0;
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            if (samples[i] == 0) {
                predicted[i] = tree.predict(x.get(i));
                noob++;
                correct += predicted[i] == y[i] ? 1 : 0;
            }
        }
        synchronized (votes) {
            for (int i = 0; i < y.length; i++) {
                if (samples[i] == 0) {
                    votes[i * k + predicted[i]]++;
                }
            }
        }
        // As Smile's RandomForest.fit: the tree's weight is its out-of-bag accuracy. A tree without
        // out-of-bag rows (tiny data) gets weight 1 instead of Smile's NaN.
        double accuracy = noob == 0 ? 1.0 : (double) correct / noob;
        double scoreMillis = (System.nanoTime() - start) / 1e6;
        ClassificationMetrics metrics =
                new ClassificationMetrics(fitMillis, scoreMillis, noob, noob - correct, accuracy);
        return new RandomForest.Model(tree, metrics, accuracy);
    }

    /** Share of rows with at least one out-of-bag vote whose majority vote is right (NaN if none). */
    double accuracy() {
        synchronized (votes) {
            int scored = 0;
            int correct = 0;
            for (int i = 0; i < y.length; i++) {
                int best = -1;
                int bestVotes = 0;
                for (int c = 0; c < k; c++) {
                    if (votes[i * k + c] > bestVotes) {
                        bestVotes = votes[i * k + c];
                        best = c;
                    }
                }
                scored += best >= 0 ? 1 : 0;
                correct += best == y[i] ? 1 : 0;
            }
            return scored == 0 ? Double.NaN : (double) correct / scored;
        }
    }

    /** Smile's summary of the forest's out-of-bag performance. */
    ClassificationMetrics metrics() {
        double acc = accuracy();
        return new ClassificationMetrics(0, 0, y.length, (int) Math.round((1 - acc) * y.length), acc);
    }
}
