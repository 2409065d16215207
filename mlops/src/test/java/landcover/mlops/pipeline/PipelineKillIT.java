package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import landcover.domain.Alias;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A retraining run killed with {@code kill -9} in a child JVM in the middle of its training step:
 * the next start takes over the dead process's lease at once (its pid is gone), reuses the steps
 * done before, runs training again, and finishes with one challenger; the registry stays consistent.
 */
class PipelineKillIT {
    @TempDir
    Path dataDir;

    @Test
    void resumeInterrupted_afterKillNineDuringTraining_takesOverAndFinishes() throws Exception {
        PipelineFixture.withChampionAndBatch(dataDir).close();
        Path latch = dataDir.resolve("trained.latch");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PausingPipelineMain.class.getName(),
                        dataDir.toString(),
                        latch.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("child.log").toFile())
                .start();
        String runId;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (!Files.exists(latch) || Files.readString(latch).isEmpty()) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "the child never reached training: " + Files.readString(dataDir.resolve("child.log")));
                }
                Thread.sleep(50);
            }
            runId = Files.readString(latch);
            ExternalTool.check(List.of("kill", "-9", Long.toString(child.pid())));
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }

        try (PipelineFixture fx = new PipelineFixture(dataDir)) {
            RetrainingService retraining = fx.open(fx.config()).retraining();
            RunRecord killed = retraining.find(runId).orElseThrow();
            assertThat(killed.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(killed.step(StepName.TRAIN).orElseThrow().state()).isEqualTo(StepState.RUNNING);
            assertThat(retraining.resumeInterrupted()).extracting(RunRecord::id).containsExactly(runId);
            RunRecord run = retraining.await(runId, Duration.ofMinutes(3));
            assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.step(StepName.SPLIT).orElseThrow().attempts()).isEqualTo(1);
            assertThat(run.step(StepName.TRAIN).orElseThrow().attempts()).isEqualTo(2);
            assertThat(fx.registry.versions(ModelName.DEFAULT, ToyWorld.YEAR)).hasSize(2);
            assertThat(fx.registry.aliases(ModelName.DEFAULT, ToyWorld.YEAR))
                    .containsEntry(Alias.SHADOW, new ModelVersion(2));
            assertThat(retraining.runs(Optional.empty(), 10)).hasSize(1);
            try (Stream<Path> files = Files.walk(dataDir.resolve("pipeline"))) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
            }
        }
    }
}
