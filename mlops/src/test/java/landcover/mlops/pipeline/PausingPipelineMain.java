package landcover.mlops.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM of {@link PipelineKillIT}: starts a retraining run on a prepared data directory and,
 * once the challenger is trained but before its model is written, creates the latch file and waits
 * to be killed.
 */
public final class PausingPipelineMain {
    private PausingPipelineMain() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path latch = Path.of(args[1]);
        PipelineHooks pause = new PipelineHooks() {
            @Override
            public void inStep(String runId, StepName step, String point) {
                if (step == StepName.TRAIN && point.equals("trained")) {
                    try {
                        Files.writeString(latch, runId);
                        Thread.sleep(Duration.ofMinutes(10));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        PipelineFixture fx = new PipelineFixture(dataDir);
        RetrainingService retraining = fx.open(fx.config().withHooks(pause)).retraining();
        RunRecord run = retraining.start(RetrainRequest.of(ToyWorld.YEAR, Trigger.manual("ana", "kill test")));
        retraining.await(run.id(), Duration.ofMinutes(10));
    }
}
