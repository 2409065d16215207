package landcover.mlops.serving;

import java.util.Optional;
import landcover.domain.Year;
import landcover.raster.Raster;
import landcover.raster.tiff.CogOptions;

/**
 * Where prediction results live until their retention ends: per prediction, its summary and per year
 * its class raster and, when asked for, its probability raster, as Cloud-Optimized GeoTIFFs. Every
 * write is atomic (readers see nothing or the whole file). Thread-safe.
 */
public interface ResultStore extends AutoCloseable {
    /**
     * Encodes and stores a raster of one year of a prediction.
     *
     * @throws landcover.raster.RasterException naming the file when writing fails
     */
    void putRaster(PredictionId id, Year year, RasterKind kind, Raster raster, CogOptions options);

    /** Stores a prediction's summary, once its rasters are stored. */
    void putResult(PredictionResult result);

    /** A prediction's summary, if stored and not yet removed. */
    Optional<PredictionResult> result(PredictionId id);

    /** A stored raster, if there is one. */
    Optional<StoredRaster> raster(PredictionId id, Year year, RasterKind kind);

    /** Applies the retention now; also runs by itself now and then. */
    CleanupReport cleanup();

    /** Where results live, for logs. */
    String describe();

    @Override
    void close();
}
