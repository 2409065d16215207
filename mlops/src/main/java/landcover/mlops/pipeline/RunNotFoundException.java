package landcover.mlops.pipeline;

import java.util.Objects;
import landcover.mlops.MlopsException;

/** No run has the id asked for. */
public final class RunNotFoundException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final String runId;

    public RunNotFoundException(String runId) {
        super("no retraining run " + runId);
        this.runId = Objects.requireNonNull(runId, "runId");
    }

    /** The id asked for. */
    public String runId() {
        return runId;
    }
}
