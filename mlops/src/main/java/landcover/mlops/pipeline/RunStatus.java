package landcover.mlops.pipeline;

import java.util.Locale;

/** Where a run stands. Every trigger leaves a run row, also those that started no work. */
public enum RunStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Steps are running (or the process running them died and the run awaits resumption). */
    RUNNING,
    /** Every step finished; the outcome holds the decision. */
    SUCCEEDED,
    /** A step failed; the step's log says why. */
    FAILED,
    /** The trigger fired but there was no unused ground truth for the year: nothing to train on. */
    NEEDS_DATA,
    /** The trigger fired while another run of the year was active; the message names it. */
    SKIPPED;

    /** The lower-case name used in JSON and metrics labels, e.g. {@code needs-data}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for a run that holds or waits for the year's lock. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    /** Parses {@link #label()} (or the enum name). */
    public static RunStatus parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
