package landcover.mlops.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.TabularSamples;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the UCI Statlog Landsat data (real Landsat MSS, 6 classes). scikit-learn's 500-tree
 * forest reaches 90.9-91.35 % on sat.tst (PROVENANCE.md); ours must reach at least 90.5 %.
 */
class StatlogAccuracyTest {
    @Test
    void train_statlog500Trees_reachesPublishedAccuracyOnTestSet() {
        Path dir = SharedData.path("statlog_landsat_satimage");
        LabelledSamples train = TabularSamples.read(
                dir.resolve("sat.trn"), TabularSamples.Options.label(TabularSamples.STATLOG_LABEL), Optional.empty());
        LabelledSamples test = TabularSamples.read(
                dir.resolve("sat.tst"),
                TabularSamples.Options.label(TabularSamples.STATLOG_LABEL),
                Optional.of(train.scheme()));

        TrainedForest forest = new RandomForestTrainer(2)
                .train(train.table(), ForestParams.defaults(7).withTrees(500));
        CompiledForest compiled = forest.compile();
        Evaluation evaluation = ForestEvaluator.evaluate(compiled, test.table());

        assertThat(train.table().size()).isEqualTo(4435);
        assertThat(test.table().size()).isEqualTo(2000);
        assertThat(evaluation.matrix().codes()).containsExactly(1, 2, 3, 4, 5, 7);
        assertThat(evaluation.overallAccuracy()).isGreaterThanOrEqualTo(0.905);
        assertThat(evaluation.kappa()).isGreaterThan(0.85);
        assertThat(forest.oobAccuracy()).isGreaterThan(0.88);
    }
}
