package landcover.raster.tiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import landcover.raster.RasterException;

/**
 * Opens GeoTIFFs for reading. Files are recognised by content (the TIFF byte-order mark and
 * version), never by name: Sentinel-2 GeoTIFFs named {@code .jp2} open fine. Reads classic TIFF and
 * BigTIFF in either byte order; strips and tiles; 8-bit unsigned, 16-bit signed and unsigned and
 * 32-bit float samples; pixel- and band-interleaved bands; no compression, Deflate, LZW and
 * PackBits; predictors 2 and 3; GeoKeys, GDAL nodata and band descriptions, and internal overviews.
 *
 * <p>Deflate tiles are decoded by the system's libdeflate when the process grants native access
 * ({@code --enable-native-access=landcover.raster}, or {@code ALL-UNNAMED} on the class path; the
 * {@code landcover} launcher does) and the library is installed, else by {@link
 * java.util.zip.Inflater}: same pixels, about half the decode time (docs/benchmarks.md).
 */
public final class GeoTiff {
    private GeoTiff() {}

    /**
     * Opens a local file, decoding tiles in parallel on the common fork-join pool.
     *
     * @throws RasterException naming the file when it is missing, not a TIFF, truncated or uses
     *     what this codec does not read (JPEG or JPEG 2000 compression, 32-bit integer samples…)
     */
    public static GeoTiffReader open(Path file) {
        return open(RangeReader.of(file), ForkJoinPool.commonPool());
    }

    /**
     * As {@link #open(Path)}, keeping decompressed tiles in {@code cache} (shared with other readers)
     * for reads that come back to them.
     */
    public static GeoTiffReader open(Path file, BlockCache cache) {
        return open(
                RangeReader.of(file),
                ForkJoinPool.commonPool(),
                Libdeflate.system().orElse(null),
                cache);
    }

    /**
     * Opens any byte source (a local file, an HTTP object).
     *
     * @param source the bytes; closed with the reader, or now when opening fails
     * @param executor where tile decoding runs besides the calling thread; null decodes on the
     *     calling thread only
     * @throws RasterException as {@link #open(Path)}
     */
    public static GeoTiffReader open(RangeReader source, Executor executor) {
        return open(source, executor, Libdeflate.system().orElse(null));
    }

    /** As {@link #open(RangeReader, Executor)}, choosing the Deflate decoder (tests compare both). */
    static GeoTiffReader open(RangeReader source, Executor executor, Libdeflate libdeflate) {
        return open(source, executor, libdeflate, null);
    }

    private static GeoTiffReader open(RangeReader source, Executor executor, Libdeflate libdeflate, BlockCache cache) {
        int parallelism = executor instanceof ForkJoinPool pool
                ? pool.getParallelism() + 1
                : Runtime.getRuntime().availableProcessors();
        try {
            return new DefaultGeoTiffReader(source, executor, parallelism, libdeflate, cache);
        } catch (RuntimeException e) {
            try {
                source.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** True when the file starts like a TIFF or BigTIFF (whatever its name); false if unreadable. */
    public static boolean isTiff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return Magic.isTiff(head, head.length);
        } catch (IOException e) {
            return false;
        }
    }
}
