package landcover.mlops.serving;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored result raster: a Cloud-Optimized GeoTIFF ({@code image/tiff;
 * application=geotiff; profile=cloud-optimized}).
 *
 * @param id the prediction
 * @param year the year
 * @param kind which raster
 * @param sizeBytes its length
 * @param storedAt when it was written
 * @param content opens its bytes
 */
public record StoredRaster(
        PredictionId id,
        landcover.domain.Year year,
        RasterKind kind,
        long sizeBytes,
        Instant storedAt,
        Content content) {
    /** The media type of every stored raster. */
    public static final String MEDIA_TYPE = "image/tiff; application=geotiff; profile=cloud-optimized";

    /** Opens the bytes of a stored raster. */
    @FunctionalInterface
    public interface Content {
        /** A fresh stream over the whole file; the caller closes it. */
        InputStream open() throws IOException;
    }

    public StoredRaster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(content, "content");
    }

    /** A fresh stream over the file. */
    public InputStream open() throws IOException {
        return content.open();
    }

    /** A file name for downloads, e.g. {@code landcover-2023-3f9a…-classes.tif}. */
    public String fileName() {
        return "landcover-" + year + "-" + id + "-" + kind.fileStem() + ".tif";
    }
}
