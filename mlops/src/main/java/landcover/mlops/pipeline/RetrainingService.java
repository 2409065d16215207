package landcover.mlops.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import landcover.domain.Year;
import landcover.mlops.pipeline.policy.DecisionOutcome;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.mlops.pipeline.truth.GroundTruthBatch;

/**
 * Retraining runs: accept a trigger, run the steps (extract features → merge → split → train →
 * evaluate → register → decide) resumably, one run per year at a time, and keep every trigger and
 * its outcome in the runs list. Thread-safe; close it to stop the worker (a run in progress is
 * resumed by the next start).
 */
public interface RetrainingService extends AutoCloseable {
    /**
     * Accepts a trigger. Starts a run (status {@code QUEUED}) when the year has a production model and
     * either ground truth no ancestor of it has used, or a person asks; otherwise records the trigger
     * as {@code NEEDS_DATA} (no new ground truth) or {@code SKIPPED} (another run holds the year, or no
     * production model) and returns that record.
     *
     * @throws RunInProgressException when a person asks while another run of the year is active
     * @throws landcover.mlops.registry.ModelNotFoundException when a person asks for a year without a
     *     production model
     */
    RunRecord start(RetrainRequest request);

    /**
     * Waits until the run has ended (or the timeout passed) and returns it as it is then.
     *
     * @throws RunNotFoundException for an unknown id
     */
    RunRecord await(String runId, Duration timeout);

    /** A run by id. */
    Optional<RunRecord> find(String runId);

    /** Runs (and recorded triggers) newest first, of one year or all. */
    List<RunRecord> runs(Optional<Year> year, int limit);

    /**
     * Picks up runs left {@code QUEUED} or {@code RUNNING} by a process that died (or this one, before
     * a restart): a run whose lease is free or abandoned continues from its first step not done.
     * Called at start.
     *
     * @return the runs resumed
     */
    List<RunRecord> resumeInterrupted();

    /** The ground-truth batches the next run of the year would train on (unused by its champion's line). */
    List<GroundTruthBatch> pendingBatches(Year year);

    /** The year's decision policy. */
    DecisionPolicy policy(Year year);

    /** Sets the year's decision policy. */
    void setPolicy(Year year, DecisionPolicy policy, String by);

    /**
     * Acts on a run that awaits approval: {@code promote} or {@code shadow} its challenger; records who
     * approved in the run and in the promotion history.
     *
     * @throws landcover.domain.InvalidValueException when the run awaits no approval or the action is
     *     neither promote nor shadow
     */
    RunRecord approve(String runId, DecisionOutcome action, String by);

    /** Stops the worker; runs in progress stay {@code RUNNING} for the next start to resume. */
    @Override
    void close();
}
