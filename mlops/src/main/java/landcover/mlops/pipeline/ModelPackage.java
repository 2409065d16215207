package landcover.mlops.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.monitoring.ReferenceHistograms;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.Creator;
import landcover.mlops.registry.ImagerySource;
import landcover.mlops.registry.JsonDocument;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.Sha256;
import landcover.mlops.train.ModelDirectoryWriter;
import landcover.mlops.train.TrainingResult;

/**
 * Turns a trained baseline into a registration: the model directory's files as artifacts (forest,
 * scheme, parameters, metrics, confusion matrix CSV and PNG, importance, training set, holdout) plus
 * {@code metadata.json}, and the lineage that says how it was made. Stateless.
 */
final class ModelPackage {
    /** Who creates bootstrap models, and the trigger recorded for them. */
    static final String CREATOR = "bootstrap";

    static final String METADATA = "metadata.json";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            ModelDirectory.MODEL, "application/octet-stream",
            ModelDirectory.SCHEME, "application/json",
            ModelDirectory.PARAMS, "application/json",
            ModelDirectory.METRICS, "application/json",
            ModelDirectory.CONFUSION_CSV, "text/csv",
            ModelDirectory.CONFUSION_PNG, "image/png",
            ModelDirectory.IMPORTANCE, "text/csv",
            ModelDirectory.TRAINING, "text/csv",
            ModelDirectory.HOLDOUT, "text/csv");

    /**
     * What goes into the registration besides the trained forest.
     *
     * @param name the model line
     * @param year the year
     * @param sampleSeed the sample region's seed
     * @param code the code version
     */
    record Provenance(ModelName name, Year year, long sampleSeed, CodeVersion code) {}

    private ModelPackage() {}

    /**
     * Writes the model directory into {@code dir} (which must not exist or be empty) and describes
     * the registration of its files; the files must stay until registration returns.
     */
    static RegistrationRequest write(BaselineTraining.Trained trained, Provenance p, Path dir) {
        TrainingResult r = trained.result();
        ModelDirectoryWriter.write(r, dir);
        try {
            Files.write(dir.resolve(METADATA), metadata(trained, p));
            // The training distribution drift is measured against, stored with the model.
            Files.write(
                    dir.resolve(ReferenceHistograms.ARTIFACT),
                    ReferenceHistograms.of(
                                    r.training().features().names(),
                                    r.training().values())
                            .toJson());
            Lineage lineage = Lineage.builder()
                    .hyperparameters(new JsonDocument(r.forest().params().toJson()))
                    .metrics(new JsonDocument(Files.readString(dir.resolve(ModelDirectory.METRICS))
                            .strip()))
                    .features(r.compiled().features().names())
                    .classScheme(r.scheme())
                    .data(hash(dir.resolve(ModelDirectory.TRAINING)), hash(dir.resolve(ModelDirectory.HOLDOUT)))
                    .imagery(new ImagerySource(trained.imagery(), trained.sceneIds()))
                    .code(p.code())
                    .createdBy(new Creator(CREATOR, null, CREATOR))
                    .synthetic(true)
                    .description("SYNTHETIC baseline for " + p.year() + ": trained by the embedded bootstrap on the "
                            + "sample region's base points (sample seed " + p.sampleSeed() + ", training seed "
                            + r.forest().params().seed() + ")")
                    .build();
            return new RegistrationRequest(p.name(), p.year(), lineage, artifacts(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot package the " + p.year() + " baseline in " + dir, e);
        }
    }

    private static List<ArtifactUpload> artifacts(Path dir) {
        List<ArtifactUpload> uploads = new ArrayList<>();
        for (String name : List.of(
                ModelDirectory.MODEL,
                ModelDirectory.SCHEME,
                ModelDirectory.PARAMS,
                ModelDirectory.METRICS,
                ModelDirectory.CONFUSION_CSV,
                ModelDirectory.CONFUSION_PNG,
                ModelDirectory.IMPORTANCE,
                ModelDirectory.TRAINING,
                ModelDirectory.HOLDOUT)) {
            uploads.add(ArtifactUpload.ofFile(name, MEDIA_TYPES.get(name), dir.resolve(name)));
        }
        uploads.add(ArtifactUpload.ofFile(METADATA, "application/json", dir.resolve(METADATA)));
        uploads.add(ArtifactUpload.ofFile(
                ReferenceHistograms.ARTIFACT, "application/json", dir.resolve(ReferenceHistograms.ARTIFACT)));
        return uploads;
    }

    private static Sha256 hash(Path file) throws IOException {
        return Sha256.of(Files.readAllBytes(file));
    }

    private static byte[] metadata(BaselineTraining.Trained trained, Provenance p) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TrainingResult r = trained.result();
        ObjectNode root = json.createObjectNode();
        root.put("model", p.name().value());
        root.put("year", p.year().value());
        root.put("createdBy", CREATOR);
        root.put("synthetic", true);
        root.put("purpose", "baseline model of the embedded sample region, so predictions work at first start");
        root.putObject("sampleRegion")
                .put("seed", p.sampleSeed())
                .put("labels", "points/" + p.year() + "-base.geojson");
        root.put("trainingSeed", r.forest().params().seed());
        r.compiled().features().names().forEach(root.putArray("features")::add);
        root.put("featureSha256", r.compiled().features().sha256());
        ObjectNode imagery = root.putObject("imagery").put("source", trained.imagery());
        trained.sceneIds().forEach(imagery.putArray("sceneIds")::add);
        root.put("trainingRows", r.training().size());
        root.put("holdoutRows", r.holdout().size());
        root.put("overallAccuracy", r.evaluation().overallAccuracy());
        root.put("gitCommit", p.code().gitCommit());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
