package landcover.raster.tiff;

import java.io.Closeable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Random access to the bytes of one file or object: everything the GeoTIFF reader needs from
 * storage. A local file is read with positional reads ({@link #of(Path)}); an HTTP implementation
 * answers with range requests, and may use {@link #prefetch(List)} to fetch the (merged) ranges a
 * window read is about to ask for in few round trips.
 *
 * <p>Implementations must be safe to call from several threads at once: tiles are decoded in
 * parallel and each decoding thread reads its own tile.
 */
public interface RangeReader extends Closeable {
    /** The file name or URL, for error messages. */
    String name();

    /** The total size in bytes. */
    long size();

    /**
     * Reads exactly {@code dst.remaining()} bytes starting at {@code offset} into {@code dst},
     * advancing its position.
     *
     * @throws landcover.raster.RasterException when the bytes are not there (a truncated file) or
     *     cannot be read; the message names the source
     */
    void readFully(long offset, ByteBuffer dst);

    /**
     * Says which byte ranges are about to be read, sorted by offset. The default does nothing; a
     * remote implementation may merge neighbouring ranges (see {@link ByteRange#merge(List, long)})
     * and fetch them ahead.
     */
    default void prefetch(List<ByteRange> ranges) {}

    /** Releases the file or connection. Reading after closing fails. */
    @Override
    void close();

    /**
     * A reader over a local file, using positional {@link java.nio.channels.FileChannel} reads.
     *
     * @throws landcover.raster.RasterException when the file does not exist or cannot be opened
     */
    static RangeReader of(Path file) {
        return FileRangeReader.open(file);
    }
}
