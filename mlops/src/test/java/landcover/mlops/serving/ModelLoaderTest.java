package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.RegistrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {
    private static final Year Y2022 = new Year(2022);
    private static final CompiledForest FOREST = TinyModels.forest(7, 5);

    @TempDir
    Path dir;

    private ModelRegistry registry;
    private final ServedFixture.RecordingMetrics metrics = new ServedFixture.RecordingMetrics();

    @BeforeEach
    void open() {
        registry = ModelRegistries.open(RegistrySettings.embedded(dir));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void load_registeredForest_decodesItOnceAndReportsTheLoad() {
        ModelVersionRecord record =
                TinyModels.register(registry, Y2022, FOREST, FOREST.features().names());
        ModelLoader loader = new ModelLoader(registry, 4, metrics);

        LoadedModel first = loader.load(record);
        LoadedModel second = loader.load(record);

        assertThat(first.forest()).isEqualTo(FOREST);
        assertThat(second).isSameAs(first);
        assertThat(metrics.loads).containsExactly(record.id());
        assertThat(first.loadTime()).isPositive();
    }

    @Test
    void load_lineageListsOtherFeatures_throwsModelLoadException() {
        ModelVersionRecord record = TinyModels.register(registry, Y2022, FOREST, List.of("c", "b", "a"));

        assertThatThrownBy(() -> new ModelLoader(registry, 4, metrics).load(record))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(e.model()).isEqualTo(record.id());
                    assertThat(e.getMessage()).contains("[a, b, c]").contains("[c, b, a]");
                });
    }

    @Test
    void load_damagedForestBlob_throwsModelLoadExceptionNamingTheVersion() throws Exception {
        ModelVersionRecord record =
                TinyModels.register(registry, Y2022, FOREST, FOREST.features().names());
        long size = record.artifact("model.lcrf").orElseThrow().sizeBytes();
        try (Stream<Path> files = Files.walk(dir.resolve("artifacts"))) {
            Path blob = files.filter(Files::isRegularFile)
                    .filter(p -> p.toFile().length() == size)
                    .findFirst()
                    .orElseThrow();
            byte[] bytes = Files.readAllBytes(blob);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(blob, bytes);
        }

        assertThatThrownBy(() -> new ModelLoader(registry, 4, metrics).load(record))
                .isInstanceOfSatisfying(
                        ModelLoadException.class, e -> assertThat(e.model()).isEqualTo(record.id()));
        assertThat(metrics.loads).isEmpty();
    }
}
