package landcover.mlops.train;

import landcover.mlops.MlopsException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.SampleTable;

/**
 * Split (or take the test set), train, compile, evaluate on the holdout, measure importance: the
 * training step of {@code landcover train} and of the retraining pipeline. Stateless.
 */
public final class TrainingOp {
    private TrainingOp() {}

    /** Runs the whole step. */
    public static TrainingResult run(TrainingRequest request) {
        LabelledSamples samples = request.samples();
        SampleTable training;
        SampleTable holdout;
        String source;
        if (request.test().isPresent()) {
            LabelledSamples test = request.test().get();
            if (!test.scheme().equals(samples.scheme())) {
                throw new MlopsException("the test set's classes differ from the training set's");
            }
            training = samples.table();
            holdout = test.table();
            source = "test-file";
        } else {
            GroupedSplit split = GroupedSplit.of(
                    samples.table(), request.holdoutFraction(), request.params().seed(), request.holdoutRows());
            training = split.training();
            holdout = split.holdout();
            source = "grouped-split";
        }
        TrainedForest forest = new RandomForestTrainer(request.threads()).train(training, request.params());
        CompiledForest compiled = forest.compile();
        Evaluation evaluation = ForestEvaluator.evaluate(compiled, holdout);
        return new TrainingResult(
                forest,
                compiled,
                samples.scheme(),
                training,
                holdout,
                source,
                evaluation,
                forest.impurityImportance(),
                ForestEvaluator.permutationImportance(
                        compiled, holdout, request.params().seed()),
                samples.report());
    }
}
