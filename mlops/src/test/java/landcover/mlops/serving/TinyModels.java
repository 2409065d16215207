package landcover.mlops.serving;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import landcover.domain.ClassScheme;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.Creator;
import landcover.mlops.registry.ImagerySource;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.Sha256;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.RandomForestTrainer;
import landcover.mlops.train.data.SampleTable;

/**
 * Small real forests for tests that exercise serving machinery rather than accuracy: trained with the
 * real trainer on seeded random samples of three features (classes by which feature is largest),
 * registered with a minimal synthetic lineage.
 */
final class TinyModels {
    static final FeatureSchema FEATURES = FeatureSchema.of("a", "b", "c");

    private TinyModels() {}

    /** A few-tree forest over {@link #FEATURES} predicting classes 1-3. */
    static CompiledForest forest(long seed, int trees) {
        SplittableRandom random = new SplittableRandom(seed);
        SampleTable.Builder table = SampleTable.builder(FEATURES);
        for (int i = 0; i < 300; i++) {
            float[] row = {(float) random.nextDouble(), (float) random.nextDouble(), (float) random.nextDouble()};
            int best = row[0] >= row[1] && row[0] >= row[2] ? 1 : row[1] >= row[2] ? 2 : 3;
            table.add(row, best, i, 1f, Double.NaN, Double.NaN);
        }
        ForestParams params = ForestParams.defaults(seed).withTrees(trees);
        return new RandomForestTrainer(1).train(table.build(), params).compile();
    }

    /** Registers {@code forest} under {@code year} with lineage features {@code features}. */
    static ModelVersionRecord register(
            ModelRegistry registry, Year year, CompiledForest forest, List<String> features) {
        byte[] model = bytes(forest);
        byte[] data = ("rows for " + year).getBytes(StandardCharsets.UTF_8);
        Lineage lineage = Lineage.builder()
                .features(features)
                .classScheme(ClassScheme.DEFAULT)
                .data(Sha256.of(data), Sha256.of(data))
                .imagery(new ImagerySource("synthetic(test)", List.of()))
                .code(new CodeVersion("test", Map.of()))
                .createdBy(Creator.person("tester"))
                .synthetic(true)
                .build();
        return registry.register(new RegistrationRequest(
                ModelName.DEFAULT,
                year,
                lineage,
                List.of(ArtifactUpload.ofBytes("model.lcrf", "application/octet-stream", model))));
    }

    static byte[] bytes(CompiledForest forest) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ForestFormat.write(forest, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
