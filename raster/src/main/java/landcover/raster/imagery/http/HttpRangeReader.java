package landcover.raster.imagery.http;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import landcover.raster.RasterException;
import landcover.raster.tiff.ByteRange;
import landcover.raster.tiff.RangeReader;

/**
 * A remote file read with HTTP range requests, for the GeoTIFF reader. Opening fetches the first
 * {@link HttpSettings#headerBytes()} (where a COG keeps its header and tile index) and learns the
 * size from {@code Content-Range}. Before a window read the GeoTIFF reader announces the tiles it
 * needs ({@link #prefetch}): they are merged across small gaps and fetched in parallel (bounded by
 * the client), then served from the client's byte cache. Thread-safe.
 */
public final class HttpRangeReader implements RangeReader {
    /** Longest single request a merge may produce. */
    private static final long MAX_REQUEST = 8L << 20;

    private final URI url;
    private final String name;
    private final HttpRangeClient client;
    private final byte[] header;
    private final long size;

    private HttpRangeReader(URI url, HttpRangeClient client, byte[] header, long size) {
        this.url = url;
        this.name = url.toString();
        this.client = client;
        this.header = header;
        this.size = size;
    }

    /**
     * Opens a remote file: one request for its header.
     *
     * @throws RasterException naming the URL when it cannot be fetched
     */
    public static HttpRangeReader open(URI url, HttpRangeClient client) {
        HttpRangeClient.Fetched first = client.fetch(url, 0, client.settings().headerBytes());
        long total = first.totalSize() >= 0 ? first.totalSize() : first.bytes().length;
        return new HttpRangeReader(url, client, first.bytes(), total);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void readFully(long offset, ByteBuffer dst) {
        int length = dst.remaining();
        if (offset < 0 || offset + length > size) {
            throw new RasterException(
                    name, "read of " + length + " bytes at " + offset + " is past the end (" + size + " bytes)");
        }
        if (offset + length <= header.length) {
            dst.put(header, (int) offset, length);
            return;
        }
        byte[] out = new byte[length];
        if (!client.cache().copy(name, offset, length, out, 0)) {
            byte[] fetched = client.fetch(url, offset, length).bytes();
            if (fetched.length < length) {
                throw new RasterException(
                        name, "server sent " + fetched.length + " of " + length + " bytes at " + offset);
            }
            client.cache().put(name, offset, fetched);
            System.arraycopy(fetched, 0, out, 0, length);
        }
        dst.put(out);
    }

    @Override
    public void prefetch(List<ByteRange> ranges) {
        List<ByteRange> missing = new ArrayList<>();
        for (ByteRange r : ranges) {
            if (!covered(r)) {
                missing.add(r);
            }
        }
        List<ByteRange> requests =
                split(ByteRange.merge(missing, client.settings().mergeGap()));
        if (requests.isEmpty()) {
            return;
        }
        if (requests.size() == 1) {
            fetchInto(requests.getFirst());
            return;
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (ByteRange r : requests) {
                futures.add(pool.submit(() -> fetchInto(r)));
            }
            for (Future<?> f : futures) {
                join(f);
            }
        }
    }

    private boolean covered(ByteRange r) {
        if (r.end() <= header.length) {
            return true;
        }
        return client.cache().contains(name, r.offset(), r.length());
    }

    private void fetchInto(ByteRange r) {
        byte[] bytes = client.fetch(url, r.offset(), (int) r.length()).bytes();
        client.cache().put(name, r.offset(), bytes);
    }

    private static List<ByteRange> split(List<ByteRange> merged) {
        List<ByteRange> out = new ArrayList<>();
        for (ByteRange r : merged) {
            for (long o = r.offset(); o < r.end(); o += MAX_REQUEST) {
                out.add(new ByteRange(o, Math.min(MAX_REQUEST, r.end() - o)));
            }
        }
        return out;
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new RasterException("http", "range fetch failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasterException("http", "interrupted");
        }
    }

    @Override
    public void close() {
        // The client and its cache are shared by every remote file of a source; nothing to release.
    }
}
