package landcover.raster.imagery.compose;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import landcover.raster.tiff.GeoTiffReader;

/**
 * A bounded cache of open GeoTIFF readers, least recently used first out. Readers are leased:
 * an evicted reader is closed only once the last lease on it is returned, so a read in progress on
 * another thread never sees its file closed. Opening happens outside the lock (a slow HTTP header
 * fetch does not block other locations); two threads opening the same location at once may both
 * open it, and the loser's reader is closed. Thread-safe.
 */
public final class ReaderCache implements BandReaders, AutoCloseable {
    private final int capacity;
    private final Function<String, GeoTiffReader> opener;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;

    /**
     * @param capacity how many readers stay open
     * @param opener opens a location
     */
    public ReaderCache(int capacity, Function<String, GeoTiffReader> opener) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.opener = opener;
    }

    private static final class Entry {
        final GeoTiffReader reader;
        int leases;
        boolean evicted;

        Entry(GeoTiffReader reader) {
            this.reader = reader;
        }
    }

    @Override
    public Lease open(String location) {
        synchronized (this) {
            Entry e = entries.get(location);
            if (e != null) {
                return lease(e);
            }
        }
        GeoTiffReader fresh = opener.apply(location);
        synchronized (this) {
            if (closed) {
                fresh.close();
                throw new IllegalStateException("reader cache is closed");
            }
            Entry e = entries.get(location);
            if (e != null) {
                fresh.close();
                return lease(e);
            }
            e = new Entry(fresh);
            entries.put(location, e);
            Lease lease = lease(e);
            evict();
            return lease;
        }
    }

    private Lease lease(Entry e) {
        e.leases++;
        return new Lease() {
            private boolean returned;

            @Override
            public GeoTiffReader reader() {
                return e.reader;
            }

            @Override
            public void close() {
                synchronized (ReaderCache.this) {
                    if (returned) {
                        return;
                    }
                    returned = true;
                    e.leases--;
                    if (e.evicted && e.leases == 0) {
                        e.reader.close();
                    }
                }
            }
        };
    }

    private void evict() {
        Iterator<Entry> it = entries.values().iterator();
        while (entries.size() > capacity && it.hasNext()) {
            Entry e = it.next();
            it.remove();
            e.evicted = true;
            if (e.leases == 0) {
                e.reader.close();
            }
        }
    }

    /** Number of open readers kept. */
    public synchronized int size() {
        return entries.size();
    }

    /** Closes every reader not on loan now, the others when their leases return. */
    @Override
    public void close() {
        List<Entry> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(entries.values());
            entries.clear();
            for (Entry e : all) {
                e.evicted = true;
            }
        }
        for (Entry e : all) {
            synchronized (this) {
                if (e.leases == 0) {
                    e.reader.close();
                }
            }
        }
    }
}
