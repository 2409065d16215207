package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import landcover.domain.Alias;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run crashes (a simulated crash: an {@link Error} from a fault hook, after which nothing is
 * recorded, exactly as after {@code kill -9}) at each step; the next start resumes it once the lease
 * has expired, and the run ends as an uncrashed one would, with one challenger in the registry.
 */
class PipelineCrashTest {
    @TempDir
    Path dir;

    PipelineFixture fx;

    /** Stands for the process dying. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    /** Crashes once at one point. */
    record CrashAt(StepName step, String when) implements PipelineHooks {
        @Override
        public void beforeStep(String runId, StepName s) {
            crash(s, "before");
        }

        @Override
        public void inStep(String runId, StepName s, String point) {
            crash(s, point);
        }

        @Override
        public void afterStep(String runId, StepName s) {
            crash(s, "after");
        }

        private void crash(StepName s, String point) {
            if (s == step && point.equals(when)) {
                throw new SimulatedCrash(point + " " + s.label());
            }
        }
    }

    static Stream<Arguments> crashPoints() {
        Stream<Arguments> afterEach = Stream.of(StepName.values()).map(s -> Arguments.of(s, "after"));
        return Stream.concat(
                afterEach,
                Stream.of(
                        Arguments.of(StepName.EXTRACT_FEATURES, "before"),
                        Arguments.of(StepName.TRAIN, "trained"),
                        Arguments.of(StepName.REGISTER, "before-register")));
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("crashPoints")
    void resumeInterrupted_afterACrashAtEachStep_finishesTheRunWithOneChallenger(StepName step, String when)
            throws Exception {
        fx = PipelineFixture.withChampionAndBatch(dir);
        RetrainingService crashing =
                fx.open(fx.config().withHooks(new CrashAt(step, when))).retraining();
        RunRecord started = crashing.start(RetrainRequest.of(ToyWorld.YEAR, Trigger.manual("ana", "crash test")));
        RunRecord crashed = crashing.await(started.id(), Duration.ofMinutes(2));
        assertThat(crashed.status()).isEqualTo(RunStatus.RUNNING);
        fx.lifecycle.close();

        fx.clock.advance(Duration.ofSeconds(10)); // the dead owner's lease expires
        RetrainingService next = fx.open(fx.config()).retraining();
        assertThat(next.resumeInterrupted()).extracting(RunRecord::id).containsExactly(started.id());
        RunRecord run = next.await(started.id(), Duration.ofMinutes(2));

        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.decision()).contains("shadow");
        int crashedAttempts = when.equals("before") ? 1 : 2; // a crash before the start records no attempt
        for (StepRecord s : run.steps()) {
            assertThat(s.state()).isEqualTo(StepState.DONE);
            assertThat(s.attempts()).as(s.step().label()).isEqualTo(s.step() == step ? crashedAttempts : 1);
        }
        assertThat(fx.registry.versions(ModelName.DEFAULT, ToyWorld.YEAR)).hasSize(2);
        assertThat(fx.registry.aliases(ModelName.DEFAULT, ToyWorld.YEAR))
                .containsEntry(Alias.SHADOW, new ModelVersion(2))
                .containsEntry(Alias.PRODUCTION, new ModelVersion(1));
        assertThat(fx.registry.history(ModelName.DEFAULT, ToyWorld.YEAR)).hasSize(2);
        try (Stream<Path> files = Files.walk(fx.dataDir.resolve("pipeline"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
        }
        assertThat(next.runs(java.util.Optional.empty(), 10))
                .extracting(RunRecord::status)
                .isEqualTo(List.of(RunStatus.SUCCEEDED));
    }
}
