package landcover.mlops.pipeline;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import landcover.domain.ModelName;
import landcover.domain.Year;

/**
 * A retraining run (or a trigger that started none), as persisted.
 *
 * @param id {@code run-<UTC time>-<random>}, sortable by creation
 * @param line the model line
 * @param year the year retrained
 * @param trigger what asked for it
 * @param status where it stands
 * @param createdAt when it was asked for
 * @param updatedAt when it last changed
 * @param finishedAt when it ended, or null
 * @param request what it works on, fixed when it was accepted: the champion version, the ground-truth
 *     batches, parameter overrides
 * @param outcome the result: the challenger version, the decision with its evidence; empty until decided
 * @param message a one-line summary (the decision, the failure, why nothing was done)
 * @param steps its steps in order (empty for runs that started no work)
 */
public record RunRecord(
        String id,
        ModelName line,
        Year year,
        Trigger trigger,
        RunStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt,
        Map<String, Object> request,
        Map<String, Object> outcome,
        String message,
        List<StepRecord> steps) {
    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        request = Collections.unmodifiableMap(new LinkedHashMap<>(request));
        outcome = Collections.unmodifiableMap(new LinkedHashMap<>(outcome));
        message = message == null ? "" : message;
        steps = List.copyOf(steps);
    }

    /** The step, if the run has it. */
    public Optional<StepRecord> step(StepName name) {
        return steps.stream().filter(s -> s.step() == name).findFirst();
    }

    /** The decision's outcome label ({@code promote}, {@code shadow}, …), once decided. */
    public Optional<String> decision() {
        return outcome.get("decision") instanceof Map<?, ?> d && d.get("outcome") instanceof String s
                ? Optional.of(s)
                : Optional.empty();
    }

    /** The challenger's version number, once registered. */
    public Optional<Integer> challengerVersion() {
        return outcome.get("challenger") instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }
}
