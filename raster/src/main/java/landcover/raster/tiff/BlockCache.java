package landcover.raster.tiff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Decompressed tiles kept for readers that come back to the same tiles, such as a server reading
 * small AOIs of one region over and over: least recently used first out, bounded in bytes. Share one
 * among the readers of a source ({@link GeoTiff#open(java.nio.file.Path, BlockCache)}). Thread-safe.
 */
public final class BlockCache {
    private record Key(long owner, long offset) {}

    private final long maxBytes;
    private final AtomicLong owners = new AtomicLong();
    private final Map<Key, byte[]> blocks = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    private BlockCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A cache holding at most {@code maxBytes} of decompressed tiles. */
    public static BlockCache ofBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        return new BlockCache(maxBytes);
    }

    /** A key space of its own for one open reader (tiles are told apart by their file offset). */
    long newOwner() {
        return owners.incrementAndGet();
    }

    /**
     * The block at {@code offset} of {@code owner}'s file, decompressed by {@code load} when absent.
     * The array is shared: callers only read it.
     */
    byte[] get(long owner, long offset, Supplier<byte[]> load) {
        Key key = new Key(owner, offset);
        synchronized (this) {
            byte[] cached = blocks.get(key);
            if (cached != null) {
                hits++;
                return cached;
            }
            misses++;
        }
        byte[] loaded = load.get(); // outside the lock: two threads may both decode, one copy stays
        synchronized (this) {
            if (blocks.putIfAbsent(key, loaded) == null) {
                bytes += loaded.length;
                evict();
            }
        }
        return loaded;
    }

    private void evict() {
        var oldest = blocks.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    /** Lookups answered from the cache so far. */
    public synchronized long hits() {
        return hits;
    }

    /** Lookups that decompressed so far. */
    public synchronized long misses() {
        return misses;
    }

    /** Bytes held now. */
    public synchronized long bytes() {
        return bytes;
    }
}
