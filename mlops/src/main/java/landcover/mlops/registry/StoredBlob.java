package landcover.mlops.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * One blob held by an {@link ArtifactStore}: its content address, size and when it was written.
 *
 * @param sha256 the content address
 * @param sizeBytes the size in bytes
 * @param lastModified when the store wrote it (used by garbage collection's grace period)
 */
public record StoredBlob(Sha256 sha256, long sizeBytes, Instant lastModified) {
    public StoredBlob {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lastModified, "lastModified");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes " + sizeBytes + " < 0");
        }
    }
}
