package landcover.mlops.registry;

import static landcover.mlops.registry.Fixtures.Y2023;
import static landcover.mlops.registry.Fixtures.Y2024;
import static landcover.mlops.registry.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link ModelRegistry} contract: versions, lineage, artifacts and aliases. Each metadata
 * database and artifact store combination subclasses it; promotion history, crash recovery and
 * bundles are in {@link ModelRegistryLifecycleContract}, which concrete tests extend.
 */
abstract class ModelRegistryContract {
    static final AliasRef PROD_2023 = AliasRef.production(Y2023);

    final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.now());
    RegistrySettings settings;
    JdbcModelRegistry registry;

    /** Settings for a new, empty registry. */
    abstract RegistrySettings newSettings() throws Exception;

    /** Flips one byte of a stored blob behind the registry's back. */
    abstract void flipOneByte(Sha256 blob) throws Exception;

    @BeforeEach
    void openRegistry() throws Exception {
        settings = newSettings().withClock(clock);
        registry = ModelRegistries.open(settings, Registrar.Hook.NONE);
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    JdbcModelRegistry reopen(Registrar.Hook hook) {
        registry.close();
        registry = ModelRegistries.open(settings, hook);
        return registry;
    }

    ModelId register(long seed) {
        return registry.register(request(Y2023, seed)).id();
    }

    @Test
    void register_threeVersions_areNumberedOneTwoThree() {
        assertThat(register(1).version()).isEqualTo(new ModelVersion(1));
        assertThat(register(2).version()).isEqualTo(new ModelVersion(2));
        assertThat(register(3).version()).isEqualTo(new ModelVersion(3));
        assertThat(registry.versions(ModelName.DEFAULT, Y2023))
                .extracting(r -> r.id().version().value())
                .containsExactly(1, 2, 3);
    }

    @Test
    void register_otherYear_numbersFromOneAgain() {
        register(1);
        register(2);
        assertThat(registry.register(request(Y2024, 3)).id()).isEqualTo(ModelId.of(Y2024, 1));
        assertThat(registry.years(ModelName.DEFAULT)).containsExactly(Y2023, Y2024);
        assertThat(registry.names()).containsExactly(ModelName.DEFAULT);
    }

    @Test
    void find_afterRegister_returnsTheSameLineageAndManifest() {
        ModelVersionRecord registered = registry.register(request(Y2023, 7));
        ModelVersionRecord found = registry.find(registered.id()).orElseThrow();
        assertThat(found).isEqualTo(registered);
        assertThat(found.lineage()).isEqualTo(request(Y2023, 7).lineage());
        assertThat(found.lineage().synthetic()).isTrue();
        assertThat(found.lineage().featureHash())
                .isEqualTo(request(Y2023, 8).lineage().featureHash());
        assertThat(found.artifacts())
                .extracting(ArtifactEntry::name)
                .containsExactly("model.bin", "metrics.json", "training.csv", "holdout.csv");
        assertThat(found.createdAt()).isEqualTo(Registrar.truncate(clock.instant()));
        assertThat(found.source()).isEmpty();
    }

    @Test
    void find_unknownVersion_isEmpty_andGetNamesIt() {
        register(1);
        assertThat(registry.find(ModelId.of(Y2023, 2))).isEmpty();
        assertThatThrownBy(() -> registry.get(ModelId.of(Y2023, 2)))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessage("model landcover/2023/v2 is not registered");
    }

    @Test
    void readArtifact_returnsTheRegisteredBytes() throws Exception {
        RegistrationRequest request = request(Y2023, 11);
        ModelId id = registry.register(request).id();
        byte[] expected;
        try (InputStream in = request.artifacts().getFirst().content().open()) {
            expected = in.readAllBytes();
        }
        assertThat(registry.readArtifact(id, "model.bin")).isEqualTo(expected);
        assertThatThrownBy(() -> registry.readArtifact(id, "nope.bin"))
                .isInstanceOf(ArtifactMissingException.class)
                .hasMessage("model landcover/2023/v1 has no artifact named nope.bin");
    }

    @Test
    void readArtifact_oneFlippedByte_isRefusedNamingTheVersionAndTheFile() throws Exception {
        ModelVersionRecord record = registry.register(request(Y2023, 12));
        flipOneByte(record.artifact("model.bin").orElseThrow().sha256());
        assertThatThrownBy(() -> registry.readArtifact(record.id(), "model.bin"))
                .isInstanceOfSatisfying(ArtifactCorruptedException.class, e -> {
                    assertThat(e.modelId()).contains(record.id());
                    assertThat(e.file()).isEqualTo("model.bin");
                })
                .hasMessageStartingWith("artifact model.bin of model landcover/2023/v1 is corrupted");
        assertThat(registry.readArtifact(record.id(), "metrics.json")).isNotEmpty();
    }

    @Test
    void moveAlias_pointsTheAliasAndRecordsBothVersionsMetrics() {
        register(1);
        register(2);
        registry.moveAlias(new AliasMove(PROD_2023, new ModelVersion(1), "ana", "first model"));
        AliasEvent event = registry.moveAlias(new AliasMove(PROD_2023, new ModelVersion(2), "ana", "better kappa"));
        assertThat(registry.resolve(PROD_2023)).map(r -> r.id().version()).contains(new ModelVersion(2));
        assertThat(registry.aliases(ModelName.DEFAULT, Y2023)).isEqualTo(Map.of(Alias.PRODUCTION, new ModelVersion(2)));
        assertThat(event.from()).isEqualTo(new ModelVersion(1));
        assertThat(event.to()).isEqualTo(new ModelVersion(2));
        assertThat(event.fromMetrics()).isEqualTo(request(Y2023, 1).lineage().metrics());
        assertThat(event.toMetrics()).isEqualTo(request(Y2023, 2).lineage().metrics());
        assertThat(event.by()).isEqualTo("ana");
        assertThat(event.reason()).isEqualTo("better kappa");
    }

    @Test
    void moveAlias_freeFormAliases_areIndependentPerYear() {
        register(1);
        register(2);
        registry.register(request(Y2024, 3));
        AliasRef candidate = new AliasRef(ModelName.DEFAULT, Y2023, new Alias("candidate-b"));
        registry.moveAlias(new AliasMove(candidate, new ModelVersion(2), "ana", "try"));
        registry.moveAlias(new AliasMove(
                new AliasRef(ModelName.DEFAULT, Y2023, Alias.SHADOW), new ModelVersion(1), "ana", "mirror"));
        registry.moveAlias(new AliasMove(AliasRef.production(Y2024), new ModelVersion(1), "ana", "go"));
        assertThat(registry.aliases(ModelName.DEFAULT, Y2023))
                .containsEntry(new Alias("candidate-b"), new ModelVersion(2))
                .containsEntry(Alias.SHADOW, new ModelVersion(1))
                .doesNotContainKey(Alias.PRODUCTION);
        assertThat(registry.resolve(PROD_2023)).isEmpty();
        assertThat(registry.resolve(AliasRef.production(Y2024))).isPresent();
    }

    @Test
    void moveAlias_unknownVersionOrYear_throwsModelNotFound_andChangesNothing() {
        register(1);
        assertThatThrownBy(() -> registry.moveAlias(new AliasMove(PROD_2023, new ModelVersion(5), "ana", "x")))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("landcover/2023/v5");
        assertThatThrownBy(() ->
                        registry.moveAlias(new AliasMove(AliasRef.production(Y2024), new ModelVersion(1), "ana", "x")))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("2024");
        assertThat(registry.history(ModelName.DEFAULT, Y2023)).isEmpty();
    }

    @Test
    void clearAlias_unsetsIt_andRecordsTheEvent() {
        register(1);
        AliasRef shadow = new AliasRef(ModelName.DEFAULT, Y2023, Alias.SHADOW);
        registry.moveAlias(new AliasMove(shadow, new ModelVersion(1), "ana", "mirror"));
        AliasEvent cleared = registry.clearAlias(shadow, "ana", "done");
        assertThat(cleared.kind()).isEqualTo(AliasEvent.Kind.CLEAR);
        assertThat(cleared.to()).isNull();
        assertThat(registry.resolve(shadow)).isEmpty();
        assertThatThrownBy(() -> registry.clearAlias(shadow, "ana", "again"))
                .isInstanceOf(ModelNotFoundException.class);
    }

    @Test
    void promoteShadow_movesProductionAndClearsShadow_inOneStepWithBothEvents() {
        register(1);
        register(2);
        AliasRef shadow = new AliasRef(ModelName.DEFAULT, Y2023, Alias.SHADOW);
        registry.moveAlias(new AliasMove(PROD_2023, new ModelVersion(1), "ana", "baseline"));
        registry.moveAlias(new AliasMove(shadow, new ModelVersion(2), "run-7", "challenger"));
        java.util.List<AliasEvent> events = registry.promoteShadow(ModelName.DEFAULT, Y2023, "run-7", "agreement 0.93");
        assertThat(events).extracting(AliasEvent::kind).containsExactly(AliasEvent.Kind.MOVE, AliasEvent.Kind.CLEAR);
        assertThat(events.get(0).from()).isEqualTo(new ModelVersion(1));
        assertThat(events.get(0).to()).isEqualTo(new ModelVersion(2));
        assertThat(events.get(1).from()).isEqualTo(new ModelVersion(2));
        assertThat(registry.aliases(ModelName.DEFAULT, Y2023)).isEqualTo(Map.of(Alias.PRODUCTION, new ModelVersion(2)));
        assertThat(registry.history(ModelName.DEFAULT, Y2023)).hasSize(4);
        assertThatThrownBy(() -> registry.promoteShadow(ModelName.DEFAULT, Y2023, "run-7", "again"))
                .isInstanceOf(ModelNotFoundException.class);
        assertThat(registry.history(ModelName.DEFAULT, Y2023)).hasSize(4);
    }
}
