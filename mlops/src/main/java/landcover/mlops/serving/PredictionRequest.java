package landcover.mlops.serving;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;

/**
 * A request to classify an area for one or more years with each year's {@code production} model.
 *
 * @param aoi the validated area of interest
 * @param years the years to classify, at least one and at most {@value #MAX_YEARS}, no repeats; results
 *     come back in this order
 * @param probabilities whether to also store a raster with every class's probability
 */
public record PredictionRequest(Aoi aoi, List<Year> years, boolean probabilities) {
    /** The most years one request may ask for. */
    public static final int MAX_YEARS = 20;

    public PredictionRequest {
        Objects.requireNonNull(aoi, "aoi");
        if (years == null || years.isEmpty()) {
            throw new InvalidValueException("years", "name at least one year to classify");
        }
        years = List.copyOf(years);
        if (years.size() > MAX_YEARS) {
            throw new InvalidValueException("years", years.size() + " years asked for; at most " + MAX_YEARS);
        }
        if (new HashSet<>(years).size() != years.size()) {
            throw new InvalidValueException("years", "a year is listed twice in " + years);
        }
    }

    /** One year, class raster only. */
    public static PredictionRequest of(Aoi aoi, Year year) {
        return new PredictionRequest(aoi, List.of(year), false);
    }
}
