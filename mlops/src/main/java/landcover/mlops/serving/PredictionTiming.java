package landcover.mlops.serving;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the time of one year's prediction went.
 *
 * @param queued waiting for a replica
 * @param read reading the feature windows covering the AOI
 * @param classify running the compiled forest over the AOI's pixels, with the area tally
 * @param store encoding and storing the result rasters
 * @param total from submission to result, queueing included
 */
public record PredictionTiming(Duration queued, Duration read, Duration classify, Duration store, Duration total) {
    public PredictionTiming {
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(classify, "classify");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(total, "total");
    }
}
