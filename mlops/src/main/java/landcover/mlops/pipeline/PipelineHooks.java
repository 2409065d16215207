package landcover.mlops.pipeline;

/**
 * Fault-injection points for tests of crash recovery: called before a step starts, at named points
 * inside a step (e.g. after training, before the model is written), and after a step's outputs are
 * stored but before the step is recorded as done. A hook that throws an {@link Error} stops the run
 * the way a crash would (nothing is recorded after it); one that blocks holds the run there.
 * {@link #NONE} does nothing.
 */
public interface PipelineHooks {
    /** Does nothing. */
    PipelineHooks NONE = new PipelineHooks() {};

    /** Before {@code step} of {@code runId} starts. */
    default void beforeStep(String runId, StepName step) {}

    /** At point {@code point} inside {@code step}. */
    default void inStep(String runId, StepName step, String point) {}

    /** After {@code step}'s outputs exist, before it is recorded as done. */
    default void afterStep(String runId, StepName step) {}
}
