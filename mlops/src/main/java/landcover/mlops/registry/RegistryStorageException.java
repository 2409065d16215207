package landcover.mlops.registry;

import java.util.Objects;
import landcover.mlops.MlopsException;

/**
 * The registry's database or artifact store could not be reached or written: a refused connection,
 * a full disk, a denied bucket. Names the place ({@link #location()}) and keeps the cause.
 */
public final class RegistryStorageException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * @param location the database URL (without credentials), directory or bucket involved
     * @param message what failed, as a sentence
     * @param cause the underlying failure
     */
    public RegistryStorageException(String location, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message") + " (" + location + ")", cause);
        this.location = Objects.requireNonNull(location, "location");
    }

    /** The database URL, directory or bucket involved. */
    public String location() {
        return location;
    }
}
