package landcover.mlops.registry;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;

/**
 * The model registry: immutable, numbered versions per model line and year with full lineage;
 * aliases ({@code production}, {@code shadow}, others) per year; an append-only promotion history.
 *
 * <p>Guarantees: a version is visible exactly when {@link #register} has returned it (artifacts are
 * uploaded first, then one transaction assigns the number); numbers run 1, 2, 3 … without gaps per
 * line and year, also under concurrent registration; an alias points at most at one version at any
 * instant, and every move appends one history event in the same transaction; artifacts are checked
 * against their SHA-256 on every read.
 *
 * <p>Thread-safe; one instance serves a whole process. Close it to release connections.
 */
public interface ModelRegistry extends AutoCloseable {
    /**
     * Uploads the artifacts, then makes the version visible with the next version number.
     *
     * @throws RegistryConflictException when the registration took longer than the
     *     garbage-collection grace period (nothing is registered; retry)
     * @throws RegistryStorageException when the database or store fails (nothing is registered)
     */
    ModelVersionRecord register(RegistrationRequest request);

    /** The version, if registered. */
    Optional<ModelVersionRecord> find(ModelId id);

    /**
     * The version.
     *
     * @throws ModelNotFoundException when it is not registered
     */
    default ModelVersionRecord get(ModelId id) {
        return find(id).orElseThrow(() -> ModelNotFoundException.of(id));
    }

    /** The version the alias points at now, if it is set. */
    Optional<ModelVersionRecord> resolve(AliasRef ref);

    /** The aliases set for a line and year, and the version each points at. */
    Map<Alias, ModelVersion> aliases(ModelName name, Year year);

    /**
     * Points an alias at a version and appends the event to the history, in one transaction.
     *
     * @throws ModelNotFoundException when the version is not registered
     */
    AliasEvent moveAlias(AliasMove move);

    /**
     * Returns the alias to the version it pointed at before the current one (replaying the history:
     * moves push, rollbacks pop), and records a {@link AliasEvent.Kind#ROLLBACK} event.
     *
     * @throws RegistryConflictException when there is no earlier version to return to
     */
    AliasEvent rollback(AliasRef ref, String by, String reason);

    /**
     * Unsets an alias (e.g. stops shadowing) and records a {@link AliasEvent.Kind#CLEAR} event.
     *
     * @throws ModelNotFoundException when the alias is not set
     */
    AliasEvent clearAlias(AliasRef ref, String by, String reason);

    /**
     * Promotes the version the {@code shadow} alias points at: points {@code production} at it and
     * clears {@code shadow}, in one transaction that appends both events (a {@link
     * AliasEvent.Kind#MOVE} of production, then a {@link AliasEvent.Kind#CLEAR} of shadow) to the
     * history. Nobody ever sees production moved with the shadow still set, or the reverse.
     *
     * @return the two events, production's first
     * @throws ModelNotFoundException when the year has no {@code shadow} alias set
     */
    List<AliasEvent> promoteShadow(ModelName name, Year year, String by, String reason);

    /** The promotion history of every alias of a line and year, oldest first. */
    List<AliasEvent> history(ModelName name, Year year);

    /** The version the alias pointed at at instant {@code at} (inclusive), from the history. */
    Optional<ModelVersion> aliasAsOf(AliasRef ref, Instant at);

    /** The version that was {@code production} for {@code year} at instant {@code at}. */
    default Optional<ModelVersion> productionAsOf(ModelName name, Year year, Instant at) {
        return aliasAsOf(new AliasRef(name, year, Alias.PRODUCTION), at);
    }

    /** Every version of a line and year, by version number. */
    List<ModelVersionRecord> versions(ModelName name, Year year);

    /** The years with at least one version of the line, ascending. */
    List<Year> years(ModelName name);

    /** The model lines with at least one version, by name. */
    List<ModelName> names();

    /**
     * Opens an artifact of a version. The stream verifies the bytes and throws {@link
     * ArtifactCorruptedException} (naming the version and file) instead of reporting the end of
     * damaged content; read it to the end before trusting what was read, or use {@link
     * #readArtifact} / {@link #copyArtifact}, which verify before returning.
     *
     * @throws ModelNotFoundException when the version is not registered
     * @throws ArtifactMissingException when it has no such artifact or the blob is gone
     */
    InputStream openArtifact(ModelId id, String name);

    /** An artifact's bytes, verified before they are returned. */
    byte[] readArtifact(ModelId id, String name);

    /** Copies an artifact to {@code target} (verified, then renamed into place atomically). */
    void copyArtifact(ModelId id, String name, Path target);

    /**
     * Writes one self-contained bundle (ZIP: {@code model.json} with the lineage and manifest, then
     * every artifact) of a version, atomically.
     */
    void exportBundle(ModelId id, Path bundle);

    /**
     * Registers the version held in a bundle under the next version number of its line and year,
     * keeping its lineage and recording where it came from. Importing the same bundle again returns
     * the version imported the first time.
     *
     * @throws InvalidBundleException when the bundle is malformed or an artifact does not match its
     *     digest (nothing is registered)
     */
    ModelVersionRecord importBundle(Path bundle);

    /**
     * Deletes artifacts no version references, that are older than {@code grace} and belong to no
     * registration in flight; forgets registrations that started more than {@code grace} ago
     * without committing.
     */
    GcReport gc(Duration grace);

    /** Where the metadata and artifacts live, without credentials, for messages. */
    String describe();

    /** Releases connections; the registry is unusable afterwards. */
    @Override
    void close();
}
