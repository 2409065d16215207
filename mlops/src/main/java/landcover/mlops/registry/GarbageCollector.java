package landcover.mlops.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes what crashed registrations left behind. First forgets pending registrations older than
 * the grace period, then deletes each blob that is older than the grace period, referenced by no
 * version and named by no pending registration: the check and the delete run under the gc lock that
 * every registration also takes when it starts, so a registration that starts later re-uploads a
 * deleted blob instead of relying on it. Thread-safe.
 */
final class GarbageCollector {
    private final Database db;
    private final ArtifactStore store;
    private final Clock clock;

    GarbageCollector(Database db, ArtifactStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
    }

    GcReport collect(Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace " + grace + " is negative");
        }
        Instant cutoff = clock.instant().minus(grace);
        int expired = db.inTransaction(c -> {
            PendingRows.lockGc(c);
            return PendingRows.expire(c, cutoff);
        });
        int incomplete = store.removeIncompleteWrites(cutoff);
        List<StoredBlob> old = store.list().stream()
                .filter(b -> !b.lastModified().isAfter(cutoff))
                .toList();
        int deleted = 0;
        long bytes = 0;
        for (StoredBlob blob : old) {
            if (deleteIfOrphan(blob)) {
                deleted++;
                bytes += blob.sizeBytes();
            }
        }
        return new GcReport(expired, deleted, bytes, countOrphans(), incomplete);
    }

    private boolean deleteIfOrphan(StoredBlob blob) {
        return db.inTransaction(c -> {
            PendingRows.lockGc(c);
            if (VersionRows.isReferenced(c, blob.sha256()) || PendingRows.isPending(c, blob.sha256())) {
                return false;
            }
            store.delete(blob.sha256());
            return true;
        });
    }

    /** Unreferenced blobs left in place: too young, or held by a registration in flight. */
    private int countOrphans() {
        int kept = 0;
        for (StoredBlob blob : store.list()) {
            if (!db.read(c -> VersionRows.isReferenced(c, blob.sha256()))) {
                kept++;
            }
        }
        return kept;
    }
}
