package landcover.mlops.registry;

import java.util.Objects;
import java.util.Optional;
import landcover.domain.ModelId;
import landcover.mlops.MlopsException;

/**
 * An artifact's bytes do not hash to the address they were stored under: the blob was damaged
 * after it was written, or an upload did not match its declared digest. The model version (when
 * known), the artifact's file name and both digests are named; the bytes are never handed out.
 */
public final class ArtifactCorruptedException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final transient ModelId modelId;
    private final String file;
    private final transient Sha256 expected;
    private final transient Sha256 actual;

    /**
     * @param modelId the version the artifact belongs to, or null when read by address only
     * @param file the artifact's name in the version (e.g. {@code model.bin}) or its store key
     * @param expected the address it was stored under
     * @param actual the digest of the bytes actually read
     */
    public ArtifactCorruptedException(ModelId modelId, String file, Sha256 expected, Sha256 actual) {
        super(message(modelId, file, expected, actual));
        this.modelId = modelId;
        this.file = Objects.requireNonNull(file, "file");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    private static String message(ModelId modelId, String file, Sha256 expected, Sha256 actual) {
        String owner = modelId == null ? "" : " of model " + modelId;
        return "artifact " + file + owner + " is corrupted: expected sha256 " + expected.shortHex() + "…, read "
                + actual.shortHex() + "…; refusing to load it";
    }

    /** The same failure, named by the model version and artifact name that were being read. */
    ArtifactCorruptedException in(ModelId owner, String fileName) {
        ArtifactCorruptedException named = new ArtifactCorruptedException(owner, fileName, expected, actual);
        named.initCause(this);
        return named;
    }

    /** The model version the artifact belongs to, when known. */
    public Optional<ModelId> modelId() {
        return Optional.ofNullable(modelId);
    }

    /** The artifact's name in its version, or the store key. */
    public String file() {
        return file;
    }

    /** The digest the artifact should have. */
    public Sha256 expected() {
        return expected;
    }

    /** The digest of the bytes read. */
    public Sha256 actual() {
        return actual;
    }
}
