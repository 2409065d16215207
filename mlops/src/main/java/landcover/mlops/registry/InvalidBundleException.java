package landcover.mlops.registry;

import java.util.Objects;
import landcover.mlops.MlopsException;

/**
 * A model bundle cannot be imported: not a bundle, metadata missing or malformed, an artifact
 * missing or not matching its recorded digest. Nothing is registered.
 */
public final class InvalidBundleException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final String bundle;
    private final String entry;

    /**
     * @param bundle the bundle file
     * @param entry the entry of the bundle at fault (e.g. {@code model.json}), or {@code ""}
     * @param reason a sentence saying what is wrong
     */
    public InvalidBundleException(String bundle, String entry, String reason) {
        super("invalid model bundle " + bundle + (entry.isEmpty() ? "" : " (" + entry + ")") + ": " + reason);
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.entry = Objects.requireNonNull(entry, "entry");
    }

    /** The bundle file. */
    public String bundle() {
        return bundle;
    }

    /** The entry at fault, or {@code ""} for the bundle as a whole. */
    public String entry() {
        return entry;
    }
}
