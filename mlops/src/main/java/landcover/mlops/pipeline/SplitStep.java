package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.SampleTableFormat;

/**
 * Splits the new rows by location (group), stratified by class, with the run's seed: the held-out
 * locations (their centre pixel only, as the baselines) are appended to the champion's frozen
 * holdout, the rest to its training set. The frozen holdout is kept whole and first, so every later
 * version is scored on it too. Outputs: {@code training.csv}, {@code holdout.csv}.
 */
final class SplitStep implements Step {
    static final String TRAINING = "training.csv";
    static final String HOLDOUT = "holdout.csv";

    @Override
    public StepName name() {
        return StepName.SPLIT;
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> in = new LinkedHashMap<>();
        Map<String, Object> merge = context.outputs(StepName.MERGE);
        Path dir = context.dir(StepName.MERGE);
        in.put("championTraining", Hashes.file(dir.resolve(MergeStep.CHAMPION_TRAINING)));
        in.put("championHoldout", Hashes.file(dir.resolve(MergeStep.CHAMPION_HOLDOUT)));
        in.put(
                "new",
                ((Number) merge.get("newRows")).intValue() > 0 ? Hashes.file(dir.resolve(MergeStep.NEW)) : "none");
        in.put("holdoutFraction", context.services().settings().holdoutFraction());
        in.put("seed", TrainStep.params(context).seed());
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) {
        Path merged = context.dir(StepName.MERGE);
        SampleTable training = SampleTableFormat.read(merged.resolve(MergeStep.CHAMPION_TRAINING));
        SampleTable holdout = SampleTableFormat.read(merged.resolve(MergeStep.CHAMPION_HOLDOUT));
        Optional<SampleTable> fresh = Tables.readIfPresent(merged.resolve(MergeStep.NEW));
        List<SampleTable> trainParts = new ArrayList<>(List.of(training));
        List<SampleTable> holdParts = new ArrayList<>(List.of(holdout));
        int newHoldout = 0;
        if (fresh.isPresent()) {
            try {
                GroupedSplit split = GroupedSplit.of(
                        fresh.get(),
                        context.services().settings().holdoutFraction(),
                        TrainStep.params(context).seed(),
                        GroupedSplit.HoldoutRows.FIRST);
                trainParts.add(split.training());
                holdParts.add(split.holdout());
                newHoldout = split.holdout().size();
            } catch (MlopsException e) {
                context.log("new rows all go to training: " + e.getMessage());
                trainParts.add(fresh.get());
            }
        }
        FeatureSchema features = training.features();
        SampleTable allTraining = Tables.concat(features, trainParts);
        SampleTable allHoldout = Tables.concat(features, holdParts);
        SampleTableFormat.write(allTraining, dir.resolve(TRAINING));
        SampleTableFormat.write(allHoldout, dir.resolve(HOLDOUT));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trainingRows", allTraining.size());
        out.put("holdoutRows", allHoldout.size());
        out.put("frozenHoldoutRows", holdout.size());
        out.put("newHoldoutRows", newHoldout);
        out.put("newTrainingRows", allTraining.size() - training.size());
        out.put("trainingSha256", Hashes.file(dir.resolve(TRAINING)));
        out.put("holdoutSha256", Hashes.file(dir.resolve(HOLDOUT)));
        context.log("split: " + out);
        return out;
    }
}
