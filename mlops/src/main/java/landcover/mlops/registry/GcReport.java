package landcover.mlops.registry;

/**
 * What a garbage collection removed and kept.
 *
 * @param expiredRegistrations registrations that started before the grace period and never
 *     committed (crashed), now forgotten
 * @param blobsDeleted unreferenced blobs deleted
 * @param bytesDeleted their total size
 * @param blobsKept unreferenced blobs kept because they are younger than the grace period or
 *     belong to a registration in flight
 * @param incompleteWritesRemoved temporary files of interrupted writes removed
 */
public record GcReport(
        int expiredRegistrations, int blobsDeleted, long bytesDeleted, int blobsKept, int incompleteWritesRemoved) {}
