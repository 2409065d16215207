package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.SampleTableFormat;

/**
 * Joins the new samples to the champion's data, read from the registry (verified against their
 * digests): its training set and its frozen holdout. New group ids are shifted past the champion's,
 * and new rows within one pixel (≈ 15 m) of a frozen holdout location are dropped, so no location
 * is both trained on and scored. Outputs: {@code champion-training.csv}, {@code
 * champion-holdout.csv}, {@code new.csv}.
 */
final class MergeStep implements Step {
    static final String CHAMPION_TRAINING = "champion-training.csv";
    static final String CHAMPION_HOLDOUT = "champion-holdout.csv";
    static final String NEW = "new.csv";
    static final double NEAR_HOLDOUT_M = 15;

    @Override
    public StepName name() {
        return StepName.MERGE;
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("championTraining", context.champion().lineage().trainingSet().hex());
        in.put("championHoldout", context.champion().lineage().holdout().hex());
        in.put("samples", context.outputs(StepName.EXTRACT_FEATURES).getOrDefault("samplesSha256", "none"));
        in.put("nearHoldoutMetres", NEAR_HOLDOUT_M);
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) {
        var registry = context.services().registry();
        var champion = context.champion().id();
        registry.copyArtifact(champion, ModelDirectory.TRAINING, dir.resolve(CHAMPION_TRAINING));
        registry.copyArtifact(champion, ModelDirectory.HOLDOUT, dir.resolve(CHAMPION_HOLDOUT));
        SampleTable training = SampleTableFormat.read(dir.resolve(CHAMPION_TRAINING));
        SampleTable holdout = SampleTableFormat.read(dir.resolve(CHAMPION_HOLDOUT));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("championTrainingRows", training.size());
        out.put("championHoldoutRows", holdout.size());
        Optional<SampleTable> fresh = context.outputs(StepName.EXTRACT_FEATURES).containsKey("samplesSha256")
                ? Tables.readIfPresent(context.dir(StepName.EXTRACT_FEATURES).resolve(ExtractFeaturesStep.SAMPLES))
                : Optional.empty();
        if (fresh.isEmpty()) {
            out.put("newRows", 0);
            return out;
        }
        FeatureSchema features = new FeatureSchema(context.champion().lineage().features());
        int offset = Tables.maxGroup(List.of(training, holdout)) + 1;
        SampleTable shifted = Tables.shiftGroups(Tables.concat(features, List.of(fresh.get())), offset);
        int[] keep = Tables.awayFrom(shifted, holdout, NEAR_HOLDOUT_M);
        out.put("groupOffset", offset);
        out.put("droppedNearHoldout", shifted.size() - keep.length);
        if (keep.length > 0) {
            SampleTable kept = shifted.rows(keep);
            SampleTableFormat.write(kept, dir.resolve(NEW));
            out.put("newRows", kept.size());
            out.put("newGroups", kept.groupCount());
        } else {
            out.put("newRows", 0);
        }
        context.log("merge: champion " + training.size() + " training + " + holdout.size() + " holdout rows; "
                + out.get("newRows") + " new rows (" + out.get("droppedNearHoldout") + " dropped near the holdout)");
        return out;
    }
}
