package landcover.mlops.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import landcover.domain.InvalidValueException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.monitoring.ReferenceHistograms;
import landcover.mlops.pipeline.store.JsonColumns;
import landcover.mlops.train.Evaluation;
import landcover.mlops.train.ForestEvaluator;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.ModelDirectoryWriter;
import landcover.mlops.train.RandomForestTrainer;
import landcover.mlops.train.TrainedForest;
import landcover.mlops.train.TrainingResult;
import landcover.mlops.train.data.LabelReport;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.SampleTableFormat;

/**
 * Trains the challenger on the split's training set with the champion's forest parameters (with
 * the run's overrides) and seed, and writes its model directory (forest, scheme, parameters,
 * holdout metrics, confusion matrix, importance, training set, holdout) plus the reference
 * histograms drift is measured against. Output: {@code model/}.
 */
final class TrainStep implements Step {
    static final String MODEL_DIR = "model";

    @Override
    public StepName name() {
        return StepName.TRAIN;
    }

    /** The champion's parameters with the run's overrides. */
    static ForestParams params(StepContext context) {
        String base = context.champion().lineage().hyperparameters().json();
        Object override = context.run().request().get("params");
        if (override == null) {
            return ForestParams.fromJson(base);
        }
        try {
            ObjectNode merged = (ObjectNode) JsonColumns.mapper().readTree(base);
            merged.setAll((ObjectNode) JsonColumns.mapper().valueToTree(override));
            return ForestParams.fromJson(merged.toString());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new InvalidValueException("params", "forest parameters must be a JSON object");
        }
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> split = context.outputs(StepName.SPLIT);
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("training", split.get("trainingSha256"));
        in.put("holdout", split.get("holdoutSha256"));
        in.put("params", params(context).toJson());
        in.put("scheme", context.champion().lineage().classScheme().toJson());
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) throws IOException {
        Path split = context.dir(StepName.SPLIT);
        SampleTable training = SampleTableFormat.read(split.resolve(SplitStep.TRAINING));
        SampleTable holdout = SampleTableFormat.read(split.resolve(SplitStep.HOLDOUT));
        ForestParams params = params(context);
        context.log("training " + params.trees() + " trees on " + training.size() + " rows, seed " + params.seed());
        TrainedForest forest =
                new RandomForestTrainer(context.services().settings().threads()).train(training, params);
        CompiledForest compiled = forest.compile();
        context.checkpoint("trained");
        Evaluation evaluation = ForestEvaluator.evaluate(compiled, holdout);
        TrainingResult result = new TrainingResult(
                forest,
                compiled,
                context.champion().lineage().classScheme(),
                training,
                holdout,
                "frozen-holdout+new-locations",
                evaluation,
                forest.impurityImportance(),
                ForestEvaluator.permutationImportance(compiled, holdout, params.seed()),
                LabelReport.clean(training.size()));
        Path model = dir.resolve(MODEL_DIR);
        ModelDirectoryWriter.write(result, model);
        Files.write(
                model.resolve(ReferenceHistograms.ARTIFACT),
                ReferenceHistograms.of(training.features().names(), training.values())
                        .toJson());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("modelSha256", Hashes.file(model.resolve(ModelDirectory.MODEL)));
        out.put("trees", forest.treeCount());
        out.put("seed", params.seed());
        out.put("trainSeconds", forest.trainSeconds());
        out.put("holdoutAccuracy", evaluation.overallAccuracy());
        context.log(String.format(
                Locale.ROOT,
                "trained in %.1f s; holdout accuracy %.4f",
                forest.trainSeconds(),
                evaluation.overallAccuracy()));
        return out;
    }
}
