package landcover.mlops.pipeline;

import java.util.Objects;
import landcover.domain.Year;
import landcover.mlops.MlopsException;

/** A retraining run was asked for while another run of the same year is queued or running. */
public final class RunInProgressException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final transient Year year;
    private final String activeRun;

    public RunInProgressException(Year year, String activeRun) {
        super("run " + activeRun + " is already retraining " + year + "; one run per year at a time");
        this.year = Objects.requireNonNull(year, "year");
        this.activeRun = Objects.requireNonNull(activeRun, "activeRun");
    }

    /** The year. */
    public Year year() {
        return year;
    }

    /** The run that holds the year. */
    public String activeRun() {
        return activeRun;
    }
}
