package landcover.mlops.pipeline;

import java.util.Objects;
import java.util.Optional;

/**
 * What one trigger did: the run it started or recorded, or why it was ignored.
 *
 * @param source what fired (an alert name, {@code new-data}, {@code schedule})
 * @param year the year it concerned, if any
 * @param run the run started or recorded (status {@code QUEUED}, {@code NEEDS_DATA}, {@code SKIPPED}),
 *     empty when ignored
 * @param note why it was ignored, or a summary
 */
public record TriggerOutcome(String source, Optional<Integer> year, Optional<RunRecord> run, String note) {
    public TriggerOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(run, "run");
        note = note == null ? "" : note;
    }
}
