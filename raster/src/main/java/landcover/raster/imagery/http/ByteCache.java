package landcover.raster.imagery.http;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fetched byte ranges of remote files, bounded by total size, least recently used out first. A
 * lookup finds a cached range holding the whole requested span. Thread-safe.
 */
final class ByteCache {
    private record Key(String url, long offset) {}

    private final long capacity;
    private final LinkedHashMap<Key, byte[]> lru = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, TreeMap<Long, byte[]>> byUrl = new HashMap<>();
    private long size;

    ByteCache(long capacity) {
        this.capacity = capacity;
    }

    /** Keeps a range (ignored when it alone exceeds the capacity). */
    synchronized void put(String url, long offset, byte[] bytes) {
        if (bytes.length > capacity) {
            return;
        }
        Key key = new Key(url, offset);
        byte[] old = lru.put(key, bytes);
        size += bytes.length - (old == null ? 0 : old.length);
        byUrl.computeIfAbsent(url, u -> new TreeMap<>()).put(offset, bytes);
        evict();
    }

    /**
     * Copies {@code length} bytes at {@code offset} into {@code dst} at {@code at} when a cached range
     * holds them all.
     *
     * @return true on a hit
     */
    synchronized boolean copy(String url, long offset, int length, byte[] dst, int at) {
        TreeMap<Long, byte[]> ranges = byUrl.get(url);
        if (ranges == null) {
            return false;
        }
        for (Map.Entry<Long, byte[]> e = ranges.floorEntry(offset); e != null; e = ranges.lowerEntry(e.getKey())) {
            long start = e.getKey();
            byte[] bytes = e.getValue();
            if (start + bytes.length >= offset + length) {
                System.arraycopy(bytes, (int) (offset - start), dst, at, length);
                lru.get(new Key(url, start));
                return true;
            }
            if (offset - start > (64L << 20)) {
                break;
            }
        }
        return false;
    }

    /** True when a cached range holds the whole span. */
    synchronized boolean contains(String url, long offset, long length) {
        TreeMap<Long, byte[]> ranges = byUrl.get(url);
        if (ranges == null) {
            return false;
        }
        for (Map.Entry<Long, byte[]> e = ranges.floorEntry(offset); e != null; e = ranges.lowerEntry(e.getKey())) {
            if (e.getKey() + e.getValue().length >= offset + length) {
                return true;
            }
            if (offset - e.getKey() > (64L << 20)) {
                break;
            }
        }
        return false;
    }

    private void evict() {
        Iterator<Map.Entry<Key, byte[]>> it = lru.entrySet().iterator();
        while (size > capacity && it.hasNext()) {
            Map.Entry<Key, byte[]> e = it.next();
            it.remove();
            size -= e.getValue().length;
            TreeMap<Long, byte[]> ranges = byUrl.get(e.getKey().url());
            ranges.remove(e.getKey().offset());
            if (ranges.isEmpty()) {
                byUrl.remove(e.getKey().url());
            }
        }
    }

    synchronized long size() {
        return size;
    }
}
