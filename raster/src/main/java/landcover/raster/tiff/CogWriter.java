package landcover.raster.tiff;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import landcover.raster.Raster;
import landcover.raster.RasterException;

/**
 * Writes a {@link Raster} as a Cloud-Optimized GeoTIFF that GDAL's COG validator accepts: tiled,
 * Deflate with a predictor, internal overviews, GeoKeys for the grid's EPSG code, GDAL nodata,
 * band names as GDAL band descriptions and, for class rasters, a colour table. Pixels round-trip
 * bit-exactly through {@link GeoTiff}. Tiles are encoded in parallel. Stateless; thread-safe.
 */
public final class CogWriter {
    private CogWriter() {}

    /** Writes with {@link CogOptions#defaults()}; see {@link #write(Raster, Path, CogOptions, Executor)}. */
    public static void write(Raster raster, Path file) {
        write(raster, file, CogOptions.defaults());
    }

    /** Writes on the common fork-join pool; see {@link #write(Raster, Path, CogOptions, Executor)}. */
    public static void write(Raster raster, Path file, CogOptions options) {
        write(raster, file, options, ForkJoinPool.commonPool());
    }

    /**
     * Writes atomically: into a temporary file next to {@code file}, flushed to disk, then renamed
     * over it, so readers see the old file or the complete new one, never a partial one.
     *
     * @param executor where tiles and overviews are encoded besides the calling thread; null for
     *     the calling thread only
     * @throws RasterException naming the file when options do not fit the raster or writing fails
     */
    public static void write(Raster raster, Path file, CogOptions options, Executor executor) {
        Path target = file.toAbsolutePath();
        CogPlan plan = CogPlan.of(raster, options, target.toString());
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            readableByAll(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 20)) {
                new CogEncoder(plan, executor, parallelism(executor)).write(raster, out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            throw new RasterException(target.toString(), "cannot write: " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Writes the COG to a stream (e.g. an object-store upload); the stream is not closed.
     *
     * @throws RasterException when options do not fit the raster or the stream fails
     */
    public static void write(Raster raster, OutputStream out, CogOptions options, Executor executor) {
        CogPlan plan = CogPlan.of(raster, options, "stream");
        try {
            new CogEncoder(plan, executor, parallelism(executor)).write(raster, out);
        } catch (IOException e) {
            throw new RasterException("stream", "cannot write: " + e, e);
        }
    }

    private static int parallelism(Executor executor) {
        return executor instanceof ForkJoinPool pool
                ? pool.getParallelism() + 1
                : Runtime.getRuntime().availableProcessors();
    }

    /** Temporary files are created owner-only; a published raster is readable like any other file. */
    private static void readableByAll(Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the temporary name starts with a dot and ends in .tmp
            }
        }
    }
}
