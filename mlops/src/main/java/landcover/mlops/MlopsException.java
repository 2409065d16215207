package landcover.mlops;

import java.util.Objects;

/**
 * Base of the mlops module's errors: a model that cannot be found or loaded, a label outside the
 * class scheme, a registry conflict. Subtypes carry the identifiers they are about (year, version,
 * file); the message is a sentence fit to show a user. Nothing here knows HTTP: the server maps
 * subtypes to status codes.
 */
public class MlopsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MlopsException(String message) {
        super(Objects.requireNonNull(message, "message"));
    }

    public MlopsException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
