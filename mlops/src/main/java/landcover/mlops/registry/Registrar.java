package landcover.mlops.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import landcover.domain.ModelId;
import landcover.domain.ModelVersion;

/**
 * Registers a version in three steps: hash every artifact; record the registration as pending
 * (under the gc lock) and upload the blobs; then, in one transaction, lock the line's counter row,
 * take the next number, insert the version and its manifest, and delete the pending row. A crash
 * before the last commit leaves only unreferenced blobs and a pending row, both of which gc clears
 * after its grace period. Thread-safe.
 */
final class Registrar {
    /** Called between upload and commit; tests use it to simulate a crash there. */
    @FunctionalInterface
    interface Hook {
        Hook NONE = registrationId -> {};

        void afterUpload(String registrationId);
    }

    private final Database db;
    private final ArtifactStore store;
    private final Clock clock;
    private final Hook hook;

    Registrar(Database db, ArtifactStore store, Clock clock, Hook hook) {
        this.db = db;
        this.store = store;
        this.clock = clock;
        this.hook = hook;
    }

    ModelVersionRecord register(RegistrationRequest request, String importedFrom) {
        List<ArtifactEntry> manifest = new ArrayList<>();
        for (ArtifactUpload upload : request.artifacts()) {
            manifest.add(hash(upload));
        }
        String id = UUID.randomUUID().toString();
        Set<Sha256> blobs = new LinkedHashSet<>();
        manifest.forEach(a -> blobs.add(a.sha256()));
        db.inTransaction(c -> {
            PendingRows.lockGc(c);
            PendingRows.insert(c, id, request.name(), request.year(), now(), blobs);
            return null;
        });
        for (int i = 0; i < manifest.size(); i++) {
            upload(request.artifacts().get(i), manifest.get(i));
        }
        hook.afterUpload(id);
        return commit(request, importedFrom, manifest, id);
    }

    private ModelVersionRecord commit(
            RegistrationRequest request, String importedFrom, List<ArtifactEntry> manifest, String id) {
        db.inTransaction(c -> {
            VersionRows.ensureLine(c, request.name(), request.year());
            return null;
        });
        return db.inTransaction(c -> {
            int last = VersionRows.lockLine(c, request.name(), request.year()).orElseThrow();
            if (!PendingRows.delete(c, id)) {
                throw new RegistryConflictException(
                        id,
                        "registration " + id + " of " + request.name() + "/"
                                + request.year() + " took longer than the gc grace period and its uploads may have been"
                                + " collected; nothing was registered, register again");
            }
            ModelVersion version = VersionRows.takeNext(c, request.name(), request.year(), last);
            ModelVersionRecord record = new ModelVersionRecord(
                    new ModelId(request.name(), request.year(), version),
                    request.lineage(),
                    manifest,
                    now(),
                    importedFrom);
            VersionRows.insert(c, record);
            return record;
        });
    }

    private static ArtifactEntry hash(ArtifactUpload upload) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = upload.content().open();
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            long size = in.transferTo(sink);
            return new ArtifactEntry(upload.name(), Sha256.fromDigest(digest.digest()), size, upload.mediaType());
        } catch (IOException e) {
            throw new RegistryStorageException(
                    upload.name(), "cannot read artifact " + upload.name() + " to register it", e);
        }
    }

    private void upload(ArtifactUpload upload, ArtifactEntry entry) {
        if (store.exists(entry.sha256())) {
            return; // Content-addressed: the same bytes are already stored (and protected by our pending row).
        }
        try {
            store.put(entry.sha256(), entry.sizeBytes(), upload.content());
        } catch (ArtifactCorruptedException e) {
            throw new ArtifactCorruptedException(
                    null, upload.name() + " (it changed while being registered)", entry.sha256(), e.actual());
        }
    }

    /** Database timestamps keep microseconds: truncating here makes stored and returned values equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The time of a registry event at least as late as {@code floor} (clocks can step back). */
    static Instant notBefore(Instant now, Instant floor) {
        return floor != null && now.isBefore(floor) ? floor : now;
    }

    static Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
