package landcover.mlops.pipeline;

import java.util.Locale;

/** Where a step stands. */
public enum StepState {
    /** Not started. */
    PENDING,
    /** Started and not finished (or its process died: resumption runs it again). */
    RUNNING,
    /** Finished; its outputs are recorded (and reused when a run resumes). */
    DONE,
    /** Threw; the log holds the error. */
    FAILED;

    /** The lower-case name. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
