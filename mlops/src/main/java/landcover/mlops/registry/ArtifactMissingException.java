package landcover.mlops.registry;

import java.util.Objects;
import java.util.Optional;
import landcover.domain.ModelId;
import landcover.mlops.MlopsException;

/** A blob the registry expected is not in the artifact store (deleted behind its back, or a wrong address). */
public final class ArtifactMissingException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final transient ModelId modelId;
    private final String file;
    private final transient Sha256 sha256;

    /**
     * @param modelId the version the artifact belongs to, or null when read by address only
     * @param file the artifact's name in the version, or its store key
     * @param sha256 the address that is missing, or null when the version has no artifact of that name
     */
    public ArtifactMissingException(ModelId modelId, String file, Sha256 sha256) {
        super(
                sha256 == null
                        ? "model " + modelId + " has no artifact named " + file
                        : "artifact " + file + (modelId == null ? "" : " of model " + modelId) + " (sha256 "
                                + sha256.shortHex() + "…) is missing from the artifact store");
        this.modelId = modelId;
        this.file = Objects.requireNonNull(file, "file");
        this.sha256 = sha256;
    }

    /** The same failure, named by the model version and artifact name that were being read. */
    ArtifactMissingException in(ModelId owner, String fileName) {
        ArtifactMissingException named = new ArtifactMissingException(owner, fileName, sha256);
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

    /** The missing address; empty when the version lists no artifact of that name. */
    public Optional<Sha256> sha256() {
        return Optional.ofNullable(sha256);
    }
}
