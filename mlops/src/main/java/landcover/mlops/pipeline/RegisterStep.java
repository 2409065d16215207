package landcover.mlops.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ModelId;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.monitoring.ReferenceHistograms;
import landcover.mlops.pipeline.store.JsonColumns;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.Creator;
import landcover.mlops.registry.ImagerySource;
import landcover.mlops.registry.JsonDocument;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.Sha256;

/**
 * Registers the challenger with its lineage: parent = the champion, created by this run with its
 * trigger, the batches it learnt from, the training and holdout hashes, the code version. Every
 * file of its model directory is an artifact, plus {@value #RETRAINING} (the run, trigger, batches,
 * split and evaluation). Idempotent: a version of the same line and year with the same parent and
 * the same forest bytes is reused instead of registering a copy (a resumed run, or a repeated run
 * whose inputs did not change). Then records the batches as used by the version.
 */
final class RegisterStep implements Step {
    static final String RETRAINING = "retraining.json";
    private static final List<String[]> FILES = List.of(
            new String[] {ModelDirectory.MODEL, "application/octet-stream"},
            new String[] {ModelDirectory.SCHEME, "application/json"},
            new String[] {ModelDirectory.PARAMS, "application/json"},
            new String[] {ModelDirectory.METRICS, "application/json"},
            new String[] {ModelDirectory.CONFUSION_CSV, "text/csv"},
            new String[] {ModelDirectory.CONFUSION_PNG, "image/png"},
            new String[] {ModelDirectory.IMPORTANCE, "text/csv"},
            new String[] {ModelDirectory.TRAINING, "text/csv"},
            new String[] {ModelDirectory.HOLDOUT, "text/csv"},
            new String[] {ReferenceHistograms.ARTIFACT, "application/json"});

    @Override
    public StepName name() {
        return StepName.REGISTER;
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("model", context.outputs(StepName.TRAIN).get("modelSha256"));
        in.put("parent", context.champion().id().version().value());
        in.put("batches", context.batches());
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) throws IOException {
        String modelSha = (String) context.outputs(StepName.TRAIN).get("modelSha256");
        Optional<ModelVersionRecord> existing =
                context
                        .services()
                        .registry()
                        .versions(context.run().line(), context.run().year())
                        .stream()
                        .filter(v -> context.champion()
                                .id()
                                .version()
                                .equals(v.lineage().parent()))
                        .filter(v -> v.artifact(ModelDirectory.MODEL)
                                .map(a -> a.sha256().hex().equals(modelSha))
                                .orElse(false))
                        .findFirst();
        ModelVersionRecord challenger;
        if (existing.isPresent()) {
            challenger = existing.get();
            context.log("the same forest is already registered as " + challenger.id() + "; reusing it");
        } else {
            context.checkpoint("before-register");
            challenger = context.services().registry().register(request(context));
            context.log("registered " + challenger.id());
        }
        context.services()
                .groundTruth()
                .markUsed(context.batches(), challenger.id(), context.run().id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("challenger", challenger.id().version().value());
        out.put("reused", existing.isPresent());
        return out;
    }

    private static RegistrationRequest request(StepContext context) throws IOException {
        Path model = context.dir(StepName.TRAIN).resolve(TrainStep.MODEL_DIR);
        Files.writeString(
                model.resolveSibling(RETRAINING), JsonColumns.write(retraining(context)), StandardCharsets.UTF_8);
        List<ArtifactUpload> uploads = new ArrayList<>();
        for (String[] f : FILES) {
            uploads.add(ArtifactUpload.ofFile(f[0], f[1], model.resolve(f[0])));
        }
        uploads.add(ArtifactUpload.ofFile(RETRAINING, "application/json", model.resolveSibling(RETRAINING)));
        return new RegistrationRequest(context.run().line(), context.run().year(), lineage(context, model), uploads);
    }

    private static Lineage lineage(StepContext context, Path model) throws IOException {
        Lineage champion = context.champion().lineage();
        RunRecord run = context.run();
        boolean manual = run.trigger().kind() == TriggerKind.MANUAL;
        return Lineage.builder()
                .hyperparameters(new JsonDocument(TrainStep.params(context).toJson()))
                .metrics(new JsonDocument(
                        Files.readString(model.resolve(ModelDirectory.METRICS)).strip()))
                .features(champion.features())
                .classScheme(champion.classScheme())
                .data(
                        Sha256.parse(Hashes.file(model.resolve(ModelDirectory.TRAINING))),
                        Sha256.parse(Hashes.file(model.resolve(ModelDirectory.HOLDOUT))))
                .imagery(new ImagerySource(
                        context.services().imagery().describe(),
                        champion.imagery().itemIds()))
                .code(context.services().settings().code())
                .parent(context.champion().id().version())
                .createdBy(new Creator(
                        manual ? run.trigger().requestedBy() : null,
                        run.id(),
                        run.trigger().kind().label()))
                .synthetic(champion.synthetic() || context.services().imagery().isSynthetic(run.year()))
                .description((champion.synthetic() ? "SYNTHETIC " : "") + "retrained from "
                        + context.champion().id()
                        + " by run " + run.id() + " (" + run.trigger().kind().label() + ") on ground-truth batches "
                        + context.batches())
                .build();
    }

    private static Map<String, Object> retraining(StepContext context) {
        Map<String, Object> m = new LinkedHashMap<>();
        RunRecord run = context.run();
        m.put("run", run.id());
        m.put(
                "trigger",
                Map.of(
                        "kind",
                        run.trigger().kind().label(),
                        "detail",
                        run.trigger().detail(),
                        "requestedBy",
                        run.trigger().requestedBy()));
        ModelId champion = context.champion().id();
        m.put("parent", champion.toString());
        m.put("groundTruthBatches", context.batches());
        m.put("split", context.outputs(StepName.SPLIT));
        m.put("evaluation", context.outputs(StepName.EVALUATE));
        return m;
    }
}
