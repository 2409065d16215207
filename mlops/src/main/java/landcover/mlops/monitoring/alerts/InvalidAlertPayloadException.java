package landcover.mlops.monitoring.alerts;

import java.util.Objects;
import landcover.mlops.MlopsException;

/** A webhook body that is not an Alertmanager payload (version 4); names the member at fault. */
public final class InvalidAlertPayloadException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidAlertPayloadException(String field, String message) {
        super("not an Alertmanager webhook payload (version 4): " + message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The member at fault, as a JSON pointer (e.g. {@code /alerts/0/startsAt}). */
    public String field() {
        return field;
    }
}
