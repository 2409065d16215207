package landcover.mlops.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.pipeline.store.PipelineDatabase;

/** Runs and steps in the lifecycle database, timestamped by the clock. Thread-safe. */
final class RunStore {
    private final PipelineDatabase db;
    private final ModelName line;
    private final Clock clock;

    RunStore(PipelineDatabase db, ModelName line, Clock clock) {
        this.db = db;
        this.line = line;
        this.clock = clock;
    }

    RunRecord insert(RunRecord run) {
        db.inTransaction(c -> {
            RunRows.insert(c, run);
            return null;
        });
        return get(run.id());
    }

    Optional<RunRecord> find(String id) {
        return db.read(c -> RunRows.find(c, id));
    }

    RunRecord get(String id) {
        return find(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    List<RunRecord> list(Year year, List<RunStatus> statuses, int limit) {
        return db.read(c -> RunRows.list(c, line, year, statuses, limit));
    }

    List<RunRecord> active(Year year) {
        return list(year, List.of(RunStatus.QUEUED, RunStatus.RUNNING), 10);
    }

    void status(String id, RunStatus status, String message, Map<String, Object> outcome) {
        db.inTransaction(c -> {
            RunRows.updateRun(c, id, status, message, outcome, clock.instant());
            return null;
        });
    }

    void step(String runId, StepRecord step) {
        db.inTransaction(c -> {
            RunRows.updateStep(c, runId, step);
            return null;
        });
    }

    Clock clock() {
        return clock;
    }
}
