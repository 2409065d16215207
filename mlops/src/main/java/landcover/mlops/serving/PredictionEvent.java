package landcover.mlops.serving;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.ModelId;
import landcover.domain.Year;

/**
 * How one year of one prediction request ended, for metrics.
 *
 * @param year the year asked for
 * @param alias the alias it was served through
 * @param model the version that served it, empty when none was reached (no model, overloaded)
 * @param replica the replica that ran it, empty when none did
 * @param outcome how it ended
 * @param duration from submission to the end, queueing included
 * @param meanConfidence the prediction's mean top-class probability (0 unless {@link Outcome#OK})
 * @param nodataRatio share of AOI pixels without a class (0 unless {@link Outcome#OK})
 * @param pixelsClassified pixels given a class (0 unless {@link Outcome#OK})
 */
public record PredictionEvent(
        Year year,
        Alias alias,
        Optional<ModelId> model,
        Optional<String> replica,
        Outcome outcome,
        Duration duration,
        double meanConfidence,
        double nodataRatio,
        long pixelsClassified) {
    /** How a year prediction ended; lower-case names make good label values. */
    public enum Outcome {
        /** Classified and stored. */
        OK,
        /** The year has no model under the alias. */
        NO_MODEL,
        /** The year has no imagery, or none over the AOI. */
        NO_IMAGERY,
        /** Every replica's queue was full. */
        OVERLOADED,
        /** Anything else went wrong (a damaged model, a failing read). */
        ERROR;

        /** The label value, e.g. {@code no_model}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PredictionEvent {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(replica, "replica");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }
}
