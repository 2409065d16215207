package landcover.mlops.registry;

import java.util.Objects;
import landcover.mlops.MlopsException;

/**
 * The request is well-formed but the registry's state refuses it: a rollback with no earlier
 * version to return to, or a registration that outlived the garbage-collection grace period.
 * Nothing was changed.
 */
public final class RegistryConflictException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final String subject;

    /**
     * @param subject what the conflict is about, e.g. {@code landcover/2023@production}
     * @param message a sentence saying why nothing was changed
     */
    public RegistryConflictException(String subject, String message) {
        super(message);
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** What the conflict is about: an alias, a model version, a registration id. */
    public String subject() {
        return subject;
    }
}
