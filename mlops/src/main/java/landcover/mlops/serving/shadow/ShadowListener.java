package landcover.mlops.serving.shadow;

import java.util.List;
import java.util.function.Supplier;
import landcover.domain.Year;

/**
 * Where the mirror reports, for metrics. Called off the request path, on the mirror's threads
 * (except {@link #skipped} for dropped requests, called on the request thread: it must be quick).
 * Implementations are thread-safe. {@link #NONE} records nothing.
 */
public interface ShadowListener {
    /** What happened to a production request the mirror saw. */
    enum Outcome {
        /** The shadow answered it; a comparison was recorded. */
        MIRRORED,
        /** Not in the sampled share. */
        SAMPLED_OUT,
        /** Sampled, but the mirror's queue was full. */
        DROPPED,
        /** The shadow could not answer (an error, or features it lacks). */
        FAILED;

        /** The label value, e.g. {@code sampled_out}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Records nothing. */
    ShadowListener NONE = new ShadowListener() {};

    /** A request's outcome; {@code comparison} is set for {@link Outcome#MIRRORED}, else null. */
    default void observed(Year year, Outcome outcome, Comparison comparison) {}

    /** Called once at start: the current reports, for gauges read at scrape time. */
    default void watch(Supplier<List<ShadowReport>> reports) {}
}
