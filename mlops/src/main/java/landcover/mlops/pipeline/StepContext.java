package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelVersion;
import landcover.mlops.MlopsException;
import landcover.mlops.registry.ModelVersionRecord;

/**
 * What the steps of one run share: the run as accepted, the services, the champion, the outputs
 * and directories of the steps done so far, and the current step's log. Used by one thread.
 */
final class StepContext {
    private final RunRecord run;
    private final PipelineServices services;
    private final ModelVersionRecord champion;
    private final Map<StepName, Map<String, Object>> outputs = new EnumMap<>(StepName.class);
    private final Map<StepName, Path> dirs = new EnumMap<>(StepName.class);
    private StepName current;
    private StringBuilder log = new StringBuilder();

    StepContext(RunRecord run, PipelineServices services) {
        this.run = run;
        this.services = services;
        int version = ((Number) run.request().get("champion")).intValue();
        this.champion = services.registry().get(new ModelId(run.line(), run.year(), new ModelVersion(version)));
    }

    RunRecord run() {
        return run;
    }

    PipelineServices services() {
        return services;
    }

    ModelVersionRecord champion() {
        return champion;
    }

    AliasRef alias(landcover.domain.Alias alias) {
        return new AliasRef(run.line(), run.year(), alias);
    }

    /** The ground-truth batch ids the run trains on, fixed when it was accepted. */
    @SuppressWarnings("unchecked")
    List<String> batches() {
        return (List<String>) run.request().getOrDefault("batches", List.of());
    }

    void begin(StepName step) {
        current = step;
        log = new StringBuilder();
    }

    void done(StepName step, Map<String, Object> stepOutputs, Path dir) {
        outputs.put(step, stepOutputs);
        if (dir != null) {
            dirs.put(step, dir);
        }
    }

    /** The outputs of a step done earlier in this run. */
    Map<String, Object> outputs(StepName step) {
        return Objects.requireNonNull(outputs.get(step), () -> "step " + step.label() + " has not run");
    }

    /** The cache directory of a step done earlier in this run. */
    Path dir(StepName step) {
        Path dir = dirs.get(step);
        if (dir == null) {
            throw new MlopsException("step " + step.label() + " left no files");
        }
        return dir;
    }

    /** A log line for the current step, timestamped. */
    void log(String line) {
        Clock clock = services.settings().clock();
        log.append(Instant.now(clock)).append(' ').append(line).append('\n');
    }

    String logText() {
        return log.toString();
    }

    /** Calls the fault hook at a named point of the current step. */
    void checkpoint(String point) {
        services.hooks().inStep(run.id(), current, point);
    }
}
