package landcover.mlops.registry;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Content-addressed blob storage for model artifacts: every blob is named by the SHA-256 of its
 * bytes. Writes are atomic (a reader never sees a partial blob) and idempotent (putting bytes that
 * are already stored is a cheap no-op). Reads are verified: the stream returned by {@link
 * #open(Sha256)} throws {@link ArtifactCorruptedException} instead of reporting the end of a blob
 * whose bytes no longer hash to its address.
 *
 * <p>Implementations are thread-safe. The embedded default keeps files under a data directory; the
 * cluster one talks to any S3 endpoint.
 */
public interface ArtifactStore extends AutoCloseable {
    /**
     * Stores {@code content}, which must hash to {@code sha256} and be {@code sizeBytes} long. The
     * content may be opened more than once (the S3 store reads it once to compute Content-MD5).
     *
     * @return the stored blob (the existing one when it was already there)
     * @throws ArtifactCorruptedException when the content does not match {@code sha256} or the size;
     *     nothing is stored then
     * @throws RegistryStorageException when the store cannot be written
     */
    StoredBlob put(Sha256 sha256, long sizeBytes, ArtifactUpload.Content content);

    /** Whether a blob with this address is stored. */
    boolean exists(Sha256 sha256);

    /** The stored blob's size and time, if it is stored. */
    Optional<StoredBlob> stat(Sha256 sha256);

    /**
     * Opens a stored blob. The stream checks the bytes against the address as they are read, and at
     * the end throws {@link ArtifactCorruptedException} rather than returning -1 when they differ.
     *
     * @throws ArtifactMissingException when no blob has this address
     */
    InputStream open(Sha256 sha256);

    /** Deletes a blob; deleting one that is not there does nothing. */
    void delete(Sha256 sha256);

    /** Every stored blob, in no particular order. */
    List<StoredBlob> list();

    /**
     * Removes leftovers of interrupted writes (temporary files) older than {@code before}; a no-op
     * for stores whose writes leave none.
     *
     * @return how many were removed
     */
    int removeIncompleteWrites(java.time.Instant before);

    /** Where the blobs live, for messages: a directory or an {@code s3://} URL. */
    String location();

    /** Releases connections; the store is unusable afterwards. */
    @Override
    void close();
}
