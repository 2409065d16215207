package landcover.mlops.registry;

import static landcover.mlops.registry.Fixtures.Y2023;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import landcover.domain.AliasRef;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registration killed with {@code kill -9} in a child JVM, after its upload and before its
 * commit, against the embedded registry (H2 file + files): nothing committed is lost, no version
 * appears, and gc removes what the dead process uploaded.
 */
class RegistrationKillIT {
    @TempDir
    Path dataDir;

    @Test
    void register_killedBetweenUploadAndCommit_leavesTheRegistryConsistent() throws Exception {
        ModelVersionRecord committed;
        try (ModelRegistry registry = ModelRegistries.open(RegistrySettings.embedded(dataDir))) {
            committed = registry.register(Fixtures.request(Y2023, 1));
            registry.moveAlias(new AliasMove(AliasRef.production(Y2023), new ModelVersion(1), "ana", "first"));
        }
        Path latch = dataDir.resolve("uploaded.latch");
        Process child = startChild(latch);
        try {
            awaitLatch(child, latch);
            ExternalTool.check(List.of("kill", "-9", Long.toString(child.pid())));
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }

        try (JdbcModelRegistry registry =
                ModelRegistries.open(RegistrySettings.embedded(dataDir), Registrar.Hook.NONE)) {
            assertThat(registry.versions(ModelName.DEFAULT, Y2023)).containsExactly(committed);
            assertThat(registry.resolve(AliasRef.production(Y2023))).contains(committed);
            assertThat(registry.pendingRegistrations()).isEqualTo(1);
            ArtifactStore store = ModelRegistries.openStore(RegistrySettings.embedded(dataDir));
            assertThat(store.list()).hasSize(8);

            GcReport report = registry.gc(Duration.ZERO);

            assertThat(report.expiredRegistrations()).isEqualTo(1);
            assertThat(report.blobsDeleted()).isEqualTo(4);
            assertThat(store.list()).hasSize(4);
            assertThat(registry.readArtifact(committed.id(), "model.bin")).hasSizeGreaterThan(2000);
            assertThat(registry.register(Fixtures.request(Y2023, 2)).id().version())
                    .isEqualTo(new ModelVersion(2));
        }
    }

    private Process startChild(Path latch) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PausingRegistrationMain.class.getName(),
                        dataDir.toString(),
                        latch.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("child.log").toFile())
                .start();
    }

    private void awaitLatch(Process child, Path latch) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(latch)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child never reached the upload latch:" + File.separator
                        + Files.readString(dataDir.resolve("child.log")));
            }
            Thread.sleep(20);
        }
    }
}
