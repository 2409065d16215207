package landcover.mlops.serving;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import landcover.domain.Year;

/**
 * The answer to a {@link PredictionRequest}: one {@link YearPrediction} per requested year, in
 * request order. Its rasters are in the {@link ResultStore} under {@link #id()}.
 *
 * @param id the prediction's id
 * @param createdAt when it finished
 * @param aoiAreaM2 the AOI's area on the WGS84 ellipsoid (of its polygon, not its pixels), m²
 * @param predictions per year, in request order
 */
public record PredictionResult(PredictionId id, Instant createdAt, double aoiAreaM2, List<YearPrediction> predictions) {
    public PredictionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        predictions = List.copyOf(predictions);
    }

    /** The prediction of one year, if it was asked for. */
    public Optional<YearPrediction> year(Year year) {
        return predictions.stream().filter(p -> p.year().equals(year)).findFirst();
    }
}
