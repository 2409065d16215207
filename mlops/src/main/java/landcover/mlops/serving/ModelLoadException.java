package landcover.mlops.serving;

import java.util.Objects;
import landcover.domain.ModelId;
import landcover.mlops.MlopsException;

/**
 * A registered model version cannot be served: its forest artifact is missing, damaged or does not
 * match the version's lineage (feature list, class scheme). Carries the version.
 */
public final class ModelLoadException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final transient ModelId model;

    /**
     * @param model the version that failed to load
     * @param reason what is wrong with it
     * @param cause the underlying error, or null
     */
    public ModelLoadException(ModelId model, String reason, Throwable cause) {
        super("model " + model + " cannot be served: " + reason, cause);
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The version that failed to load. */
    public ModelId model() {
        return model;
    }
}
