package landcover.mlops.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.SampleTable;
import org.junit.jupiter.api.Test;

class RandomForestTrainerTest {
    @Test
    void train_sameSeedDifferentThreadCounts_givesIdenticalForests() {
        SampleTable samples = SyntheticSamples.gaussian(800, 5, 3, 1);
        ForestParams params = ForestParams.defaults(99).withTrees(12);

        TrainedForest one = new RandomForestTrainer(1).train(samples, params);
        TrainedForest two = new RandomForestTrainer(2).train(samples, params);

        assertThat(two.compile()).isEqualTo(one.compile());
        assertThat(two.compile(Voting.SOFT)).isEqualTo(one.compile(Voting.SOFT));
    }

    @Test
    void train_otherSeed_givesOtherForest() {
        SampleTable samples = SyntheticSamples.gaussian(800, 5, 3, 1);

        TrainedForest a = new RandomForestTrainer(2)
                .train(samples, ForestParams.defaults(1).withTrees(5));
        TrainedForest b = new RandomForestTrainer(2)
                .train(samples, ForestParams.defaults(2).withTrees(5));

        assertThat(a.compile()).isNotEqualTo(b.compile());
    }

    @Test
    void train_weightedRows_heavyRowsWinTheirRegionWhereUnweightedTheyLose() {
        // Region [0,1): 50 rows of class 1 and 10 of class 2. Class 2's other 90 rows sit in [5,6).
        // Unweighted, class 1 owns [0,1); with weight 200 on class 2's 10 rows there, most of class
        // 2's bootstrap draws land in [0,1) and class 2 must win it. Leaves of at least 20 draws make
        // the region's leaves mixtures decided by draw counts (fully grown trees isolate points).
        assertThat(shareOfClass2InRegion(1f)).isLessThan(0.3);
        assertThat(shareOfClass2InRegion(200f)).isGreaterThan(0.5);
    }

    private static double shareOfClass2InRegion(float heavy) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        SampleTable.Builder b = SampleTable.builder(FeatureSchema.of("x"));
        for (int i = 0; i < 200; i++) {
            float x = i < 50 ? (float) random.nextDouble() : 10 + (float) random.nextDouble();
            b.add(new float[] {x}, 1, i, 1f, Double.NaN, Double.NaN);
        }
        for (int i = 0; i < 100; i++) {
            float x = i < 10 ? (float) random.nextDouble() : 5 + (float) random.nextDouble();
            b.add(new float[] {x}, 2, 1000 + i, i < 10 ? heavy : 1f, Double.NaN, Double.NaN);
        }
        ForestParams params = new ForestParams(50, 0, 0, 0, 20, 1.0, java.util.Map.of(), Voting.HARD, 3);
        TrainedForest forest = new RandomForestTrainer(2).train(b.build(), params);
        int class2 = 0;
        for (int i = 0; i < 200; i++) {
            class2 += forest.predictWithSmile(new float[] {i / 200f}) == 2 ? 1 : 0;
        }
        return class2 / 200.0;
    }

    @Test
    void train_singleClass_isRejected() {
        SampleTable.Builder b = SampleTable.builder(FeatureSchema.of("x"));
        b.add(new float[] {1f}, 3, 0, 1f, Double.NaN, Double.NaN);
        b.add(new float[] {2f}, 3, 1, 1f, Double.NaN, Double.NaN);

        assertThatThrownBy(() -> new RandomForestTrainer(1).train(b.build(), ForestParams.defaults(1)))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("at least two classes");
    }

    @Test
    void impurityImportance_labelDependsOnFirstFeatures_ranksThemFirst() {
        SampleTable samples = SyntheticSamples.gaussian(2000, 6, 3, 4);
        TrainedForest forest = new RandomForestTrainer(2)
                .train(samples, ForestParams.defaults(5).withTrees(30));

        var scores = forest.impurityImportance();
        assertThat(scores.stream().mapToDouble(FeatureScore::score).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        for (int noise = 3; noise < 6; noise++) {
            assertThat(scores.get(0).score()).isGreaterThan(scores.get(noise).score());
            assertThat(scores.get(1).score() + scores.get(2).score())
                    .isGreaterThan(scores.get(noise).score() * 2);
        }
    }
}
