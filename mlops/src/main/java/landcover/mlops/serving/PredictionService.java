package landcover.mlops.serving;

import java.util.List;
import java.util.Optional;
import landcover.domain.Year;

/**
 * Land-cover predictions for any AOI and years: each year is classified by the model its {@code
 * production} alias points at, running in that deployment's replicas, and its rasters are kept in the
 * result store. Small AOIs are answered synchronously ({@link #predict}); AOIs above the job threshold
 * run as jobs ({@link #submit}, then {@link #find}). Thread-safe; close it to drain the replicas.
 */
public interface PredictionService extends AutoCloseable {
    /**
     * Classifies the AOI for every requested year, in parallel across years, and stores the result.
     *
     * @throws NoModelForYearException when a year has no production model (404)
     * @throws NoImageryForYearException when a year has no imagery (404)
     * @throws landcover.domain.aoi.InvalidAoiException of kind {@code OUTSIDE_COVERAGE} when the AOI
     *     misses a year's imagery (422)
     * @throws landcover.mlops.OverloadedException when a year's replicas are all full (429)
     * @throws ModelLoadException when a production model cannot be loaded (500)
     */
    PredictionResult predict(PredictionRequest request);

    /** True when the AOI is large enough that it should run as a job ({@link #submit}). */
    boolean runsAsJob(PredictionRequest request);

    /**
     * Queues the request as a job and returns at once; poll it with {@link #find}. Checks years, models
     * and coverage first and throws as {@link #predict} does.
     *
     * @throws landcover.mlops.OverloadedException when the job queue is full
     */
    PredictionJob submit(PredictionRequest request);

    /** A job's state, or a finished prediction's result from the store; empty when unknown or expired. */
    Optional<PredictionJob> find(PredictionId id);

    /** A stored raster of a finished prediction. */
    Optional<StoredRaster> raster(PredictionId id, Year year, RasterKind kind);

    /** The years with imagery and a deployed production model, ascending. */
    List<ServedYear> servedYears();

    /** The deployments behind the predictions: what serves, promotion with replica swaps. */
    ModelDeployments deployments();

    /** Stops taking requests, lets accepted ones finish, stops the replicas and the job runner. */
    @Override
    void close();
}
