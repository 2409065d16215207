package landcover.mlops.registry;

import static landcover.mlops.registry.Fixtures.Y2023;
import static landcover.mlops.registry.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ModelRegistry} contract, continued: history, rollback, crash recovery, gc, bundles. */
abstract class ModelRegistryLifecycleContract extends ModelRegistryContract {
    @TempDir
    Path work;

    void promote(int version, String at) {
        clock.set(Instant.parse(at));
        registry.moveAlias(new AliasMove(PROD_2023, new ModelVersion(version), "ana", "to v" + version));
    }

    @Test
    void productionAsOf_afterSeveralMoves_answersWhichVersionWasProductionAtEachDate() {
        for (int seed = 1; seed <= 3; seed++) {
            register(seed);
        }
        promote(1, "2023-03-01T00:00:00Z");
        promote(2, "2023-05-15T12:00:00Z");
        promote(3, "2023-08-01T00:00:00Z");
        promote(1, "2023-09-10T08:30:00Z");
        ModelName name = ModelName.DEFAULT;
        assertThat(registry.productionAsOf(name, Y2023, Instant.parse("2023-02-28T23:59:59Z")))
                .isEmpty();
        assertThat(registry.productionAsOf(name, Y2023, Instant.parse("2023-03-01T00:00:00Z")))
                .contains(v(1));
        assertThat(registry.productionAsOf(name, Y2023, Instant.parse("2023-06-01T00:00:00Z")))
                .contains(v(2));
        assertThat(registry.productionAsOf(name, Y2023, Instant.parse("2023-08-01T00:00:00Z")))
                .contains(v(3));
        assertThat(registry.productionAsOf(name, Y2023, Instant.parse("2023-09-10T08:29:59Z")))
                .contains(v(3));
        assertThat(registry.productionAsOf(name, Y2023, Instant.parse("2024-01-01T00:00:00Z")))
                .contains(v(1));
        assertThat(registry.history(name, Y2023)).extracting(AliasEvent::to).containsExactly(v(1), v(2), v(3), v(1));
    }

    @Test
    void moveAlias_clockSteppedBack_neverWritesAnEventBeforeThePreviousOne() {
        register(1);
        register(2);
        promote(1, "2023-05-01T00:00:00Z");
        promote(2, "2023-04-01T00:00:00Z");
        List<AliasEvent> history = registry.history(ModelName.DEFAULT, Y2023);
        assertThat(history.get(1).at()).isEqualTo(history.get(0).at());
        assertThat(registry.productionAsOf(ModelName.DEFAULT, Y2023, Instant.parse("2023-05-01T00:00:00Z")))
                .contains(v(2));
    }

    @Test
    void rollback_returnsToEachEarlierProductionInTurn_thenRefuses() {
        for (int seed = 1; seed <= 3; seed++) {
            register(seed);
        }
        promote(1, "2023-03-01T00:00:00Z");
        promote(2, "2023-04-01T00:00:00Z");
        promote(3, "2023-05-01T00:00:00Z");
        AliasEvent back = registry.rollback(PROD_2023, "ops", "v3 misclassifies water");
        assertThat(back.kind()).isEqualTo(AliasEvent.Kind.ROLLBACK);
        assertThat(back.from()).isEqualTo(v(3));
        assertThat(back.to()).isEqualTo(v(2));
        assertThat(registry.rollback(PROD_2023, "ops", "v2 too").to()).isEqualTo(v(1));
        assertThat(registry.resolve(PROD_2023)).map(r -> r.id().version()).contains(v(1));
        assertThatThrownBy(() -> registry.rollback(PROD_2023, "ops", "again"))
                .isInstanceOf(RegistryConflictException.class)
                .hasMessageContaining("no earlier version");
        assertThat(registry.history(ModelName.DEFAULT, Y2023)).hasSize(5);
    }

    @Test
    void aliasEvents_updateOrDelete_isRefusedByTheDatabase() throws SQLException {
        register(1);
        promote(1, "2023-03-01T00:00:00Z");
        DatabaseSettings db = settings.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE alias_events SET reason = 'rewritten'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM alias_events"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(registry.history(ModelName.DEFAULT, Y2023))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("to v1"));
    }

    @Test
    void register_crashBetweenUploadAndCommit_leavesNoVersion_andGcRemovesTheOrphans() {
        ModelVersionRecord committed = registry.register(request(Y2023, 1));
        reopen(id -> {
            throw new IllegalStateException("simulated crash after upload of " + id);
        });
        assertThatThrownBy(() -> registry.register(request(Y2023, 2))).hasMessageContaining("simulated crash");
        reopen(Registrar.Hook.NONE);
        assertThat(registry.versions(ModelName.DEFAULT, Y2023)).containsExactly(committed);
        assertThat(registry.pendingRegistrations()).isEqualTo(1);
        ArtifactStore store = ModelRegistries.openStore(settings);
        int before = store.list().size();
        clock.set(Instant.now().plusSeconds(1)); // Blob times come from the store's clock, not ours.

        GcReport report = registry.gc(Duration.ZERO);

        assertThat(report.expiredRegistrations()).isEqualTo(1);
        assertThat(report.blobsDeleted()).isEqualTo(before - 4);
        assertThat(store.list())
                .extracting(StoredBlob::sha256)
                .containsExactlyInAnyOrderElementsOf(committed.artifacts().stream()
                        .map(ArtifactEntry::sha256)
                        .toList());
        assertThat(registry.readArtifact(committed.id(), "model.bin")).isNotEmpty();
        assertThat(registry.register(request(Y2023, 2)).id().version()).isEqualTo(v(2));
        store.close();
    }

    @Test
    void gc_withGracePeriod_keepsYoungOrphansAndRegistrationsInFlight() {
        reopen(id -> {
            throw new IllegalStateException("crash");
        });
        assertThatThrownBy(() -> registry.register(request(Y2023, 1))).hasMessage("crash");
        reopen(Registrar.Hook.NONE);
        GcReport report = registry.gc(Duration.ofHours(1));
        assertThat(report.blobsDeleted()).isZero();
        assertThat(report.expiredRegistrations()).isZero();
        assertThat(report.blobsKept()).isEqualTo(4);
    }

    @Test
    void register_outlivingTheGcGracePeriod_failsCleanly_andCanBeRetried() {
        // A second handle runs gc while the registration waits between upload and commit.
        JdbcModelRegistry collector = ModelRegistries.open(settings, Registrar.Hook.NONE);
        reopen(id -> {
            clock.advance(Duration.ofSeconds(1));
            collector.gc(Duration.ZERO);
        });
        assertThatThrownBy(() -> registry.register(request(Y2023, 1)))
                .isInstanceOf(RegistryConflictException.class)
                .hasMessageContaining("grace period");
        collector.close();
        reopen(Registrar.Hook.NONE);
        assertThat(registry.versions(ModelName.DEFAULT, Y2023)).isEmpty();
        ModelVersionRecord retried = registry.register(request(Y2023, 1));
        assertThat(retried.id().version()).isEqualTo(v(1));
        assertThat(registry.readArtifact(retried.id(), "model.bin")).isNotEmpty();
    }

    @Test
    void exportThenImport_intoAnEmbeddedRegistry_keepsLineage_andTakesTheNextNumber() {
        register(1);
        ModelVersionRecord source = registry.register(request(Y2023, 2));
        Path bundle = work.resolve("v2.zip");
        registry.exportBundle(source.id(), bundle);
        try (ModelRegistry target = ModelRegistries.open(RegistrySettings.embedded(work.resolve("target")))) {
            target.register(request(Y2023, 40));
            ModelVersionRecord imported = target.importBundle(bundle);
            assertThat(imported.id()).isEqualTo(ModelId.of(Y2023, 2));
            assertThat(imported.lineage()).isEqualTo(source.lineage());
            assertThat(imported.artifacts()).isEqualTo(source.artifacts());
            assertThat(imported.importedFrom()).startsWith("landcover/2023/v2 from ");
            assertThat(target.readArtifact(imported.id(), "model.bin"))
                    .isEqualTo(registry.readArtifact(source.id(), "model.bin"));
            assertThat(target.importBundle(bundle).id()).isEqualTo(imported.id());
        }
    }

    @Test
    void importBundle_tamperedArtifact_isRefused_andRegistersNothing() throws Exception {
        ModelVersionRecord source = registry.register(request(Y2023, 2));
        Path bundle = work.resolve("v1.zip");
        registry.exportBundle(source.id(), bundle);
        Path tampered = work.resolve("tampered.zip");
        BundleTampering.replaceEntry(bundle, tampered, "artifacts/model.bin", bytes -> bytes[100] ^= 0x01);
        try (ModelRegistry target = ModelRegistries.open(RegistrySettings.embedded(work.resolve("target")))) {
            assertThatThrownBy(() -> target.importBundle(tampered))
                    .isInstanceOf(InvalidBundleException.class)
                    .hasMessageContaining("artifacts/model.bin")
                    .hasMessageContaining("does not match the manifest");
            assertThat(target.years(ModelName.DEFAULT)).isEmpty();
            Path notABundle = Files.writeString(work.resolve("junk.zip"), "not a zip");
            assertThatThrownBy(() -> target.importBundle(notABundle)).isInstanceOf(InvalidBundleException.class);
        }
    }

    static ModelVersion v(int version) {
        return new ModelVersion(version);
    }
}
