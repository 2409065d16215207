package landcover.mlops.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestPredictor;
import landcover.mlops.inference.Predictions;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.TabularSamples;
import landcover.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled forest predicts exactly what Smile predicts, on 100,000+ rows per case. */
class CompiledForestParityTest {
    private static final int ROWS = 100_000;
    private static SampleTable statlog;
    private static TrainedForest statlogForest;

    @BeforeAll
    static void train() {
        Path file = SharedData.path("statlog_landsat_satimage/sat.trn");
        statlog = TabularSamples.read(file, TabularSamples.Options.label("class"), Optional.empty())
                .table();
        statlogForest = new RandomForestTrainer(2)
                .train(statlog, ForestParams.defaults(11).withTrees(40));
    }

    @Test
    void predict_hardVotingOnRandomRows_matchesSmileVote() {
        assertParity(statlogForest, Voting.HARD, randomRows(statlog, ROWS, 1));
    }

    @Test
    void predict_softVotingOnRandomRows_matchesSmilePosteriori() {
        assertParity(statlogForest, Voting.SOFT, randomRows(statlog, ROWS, 2));
    }

    @Test
    void predict_thresholdsBetweenFloats_matchesSmileAtNeighbouringFloats() {
        SampleTable gaussian = SyntheticSamples.gaussian(3000, 6, 4, 5);
        TrainedForest forest = new RandomForestTrainer(2)
                .train(gaussian, ForestParams.defaults(3).withTrees(30));
        float[] rows = new float[ROWS * 6];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < ROWS; i++) {
            float[] base = gaussian.row(random.nextInt(gaussian.size()));
            for (int j = 0; j < 6; j++) {
                float v = random.nextBoolean() ? base[j] : gaussian.value(random.nextInt(gaussian.size()), j);
                int nudge = random.nextInt(3);
                rows[i * 6 + j] = nudge == 0 ? v : nudge == 1 ? Math.nextUp(v) : Math.nextDown(v);
            }
        }
        assertParity(forest, Voting.SOFT, rows);
        assertParity(forest, Voting.HARD, rows);
    }

    @Test
    void predict_nanFeature_givesNodataClassAndZeroProbability() {
        CompiledForest compiled = statlogForest.compile();
        float[] rows = new float[2 * 36];
        System.arraycopy(statlog.row(0), 0, rows, 0, 36);
        System.arraycopy(statlog.row(1), 0, rows, 36, 36);
        rows[36 + 17] = Float.NaN;
        byte[] classes = new byte[2];
        float[] top = new float[2];
        float[] probs = new float[2 * compiled.classCount()];
        compiled.newPredictor(2)
                .predict(rows, 2, compiled.featureHash(), Predictions.withProbabilities(classes, top, probs));

        assertThat(classes[0] & 0xff).isEqualTo(statlogForest.predictWithSmile(statlog.row(0)));
        assertThat(classes[1]).isZero();
        assertThat(top[1]).isZero();
        for (int c = 0; c < compiled.classCount(); c++) {
            assertThat(probs[compiled.classCount() + c]).isZero();
        }
    }

    private static void assertParity(TrainedForest forest, Voting voting, float[] rows) {
        CompiledForest compiled = forest.compile(voting);
        int p = compiled.features().size();
        int k = compiled.classCount();
        int n = rows.length / p;
        int block = 777;
        ForestPredictor predictor = compiled.newPredictor(block);
        byte[] classes = new byte[block];
        float[] top = new float[block];
        float[] probs = new float[block * k];
        float[] chunk = new float[block * p];
        double[] smile = new double[k];
        int mismatches = 0;
        for (int start = 0; start < n; start += block) {
            int m = Math.min(block, n - start);
            System.arraycopy(rows, start * p, chunk, 0, m * p);
            predictor.predict(chunk, m, compiled.featureHash(), Predictions.withProbabilities(classes, top, probs));
            for (int i = 0; i < m; i++) {
                float[] row = java.util.Arrays.copyOfRange(chunk, i * p, i * p + p);
                int expected = forest.predictWithSmile(row, voting, smile);
                mismatches += expected == (classes[i] & 0xff) ? 0 : 1;
                for (int c = 0; c < k; c++) {
                    assertThat((double) probs[i * k + c]).isCloseTo(smile[c], within(1e-6));
                }
            }
        }
        assertThat(mismatches).as("class mismatches out of %d rows", n).isZero();
        assertThat(n).isGreaterThanOrEqualTo(ROWS);
    }

    /** Rows around the table's values: uniform in each feature's range widened by 10 %, or jittered rows. */
    private static float[] randomRows(SampleTable table, int n, long seed) {
        int p = table.featureCount();
        float[] min = new float[p];
        float[] max = new float[p];
        java.util.Arrays.fill(min, Float.MAX_VALUE);
        java.util.Arrays.fill(max, -Float.MAX_VALUE);
        for (int r = 0; r < table.size(); r++) {
            for (int j = 0; j < p; j++) {
                min[j] = Math.min(min[j], table.value(r, j));
                max[j] = Math.max(max[j], table.value(r, j));
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] rows = new float[n * p];
        for (int i = 0; i < n; i++) {
            boolean uniform = random.nextBoolean();
            int source = random.nextInt(table.size());
            for (int j = 0; j < p; j++) {
                float span = max[j] - min[j];
                rows[i * p + j] = uniform
                        ? (float) (min[j] - 0.1 * span + random.nextDouble() * 1.2 * span)
                        : table.value(source, j) + (float) Math.rint(random.nextGaussian() * 2) * 0.5f;
            }
        }
        return rows;
    }
}
