package landcover.mlops.pipeline;

import java.time.Duration;
import java.util.Objects;
import landcover.domain.ModelId;
import landcover.domain.Year;

/**
 * What the bootstrap did for one year.
 *
 * @param year the year
 * @param model its production version afterwards
 * @param trained true when this run trained and registered it, false when it was there already
 * @param promoted true when this run pointed {@code production} at it
 * @param overallAccuracy its holdout accuracy when trained by this run, else NaN
 * @param took time spent on the year (features, training, registration)
 */
public record BootstrapYear(
        Year year, ModelId model, boolean trained, boolean promoted, double overallAccuracy, Duration took) {
    public BootstrapYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(took, "took");
    }
}
