package landcover.raster;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of the raster module's errors: a file that is not a readable GeoTIFF, a band that is missing,
 * an AOI outside the imagery. Carries the file or resource it is about, when there is one.
 */
public class RasterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the file, URL or band the error is about, or null
     * @param message a sentence saying what is wrong
     */
    public RasterException(String source, String message) {
        super(source == null ? message : source + ": " + message);
        this.source = source;
    }

    public RasterException(String source, String message, Throwable cause) {
        super(source == null ? message : source + ": " + message, cause);
        this.source = source;
    }

    /** An error about a file. */
    public static RasterException of(Path file, String message) {
        return new RasterException(Objects.requireNonNull(file, "file").toString(), message);
    }

    /** The file, URL or band the error is about. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
