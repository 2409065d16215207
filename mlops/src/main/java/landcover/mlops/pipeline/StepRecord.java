package landcover.mlops.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a run, as persisted.
 *
 * @param step which step
 * @param state where it stands
 * @param cacheKey SHA-256 over the step's name and format version, its input hashes, its parameters
 *     and the code version; null until computed
 * @param cached true when its outputs were reused from an earlier identical step instead of computed
 * @param attempts how often it was started (more than 1 after a crash or a resumed failure)
 * @param inputs the input hashes and parameters the key was computed from (JSON-ready)
 * @param outputs what it produced (file hashes, counts, the registered version, the decision)
 * @param startedAt when its last attempt started, or null
 * @param finishedAt when it finished, or null
 * @param log its log lines (timestamps, what it did, the error of a failure)
 */
public record StepRecord(
        StepName step,
        StepState state,
        String cacheKey,
        boolean cached,
        int attempts,
        Map<String, Object> inputs,
        Map<String, Object> outputs,
        Instant startedAt,
        Instant finishedAt,
        String log) {
    public StepRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(state, "state");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        log = log == null ? "" : log;
    }

    /** A step not started yet. */
    public static StepRecord pending(StepName step) {
        return new StepRecord(step, StepState.PENDING, null, false, 0, Map.of(), Map.of(), null, null, "");
    }

    /** How long it ran, when it finished. */
    public Optional<Duration> duration() {
        return startedAt == null || finishedAt == null
                ? Optional.empty()
                : Optional.of(Duration.between(startedAt, finishedAt));
    }
}
