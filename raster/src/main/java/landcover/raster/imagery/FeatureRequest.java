package landcover.raster.imagery;

import java.util.List;
import java.util.Objects;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;

/**
 * What a caller wants from an {@link ImagerySource}: the features of an AOI in a year.
 *
 * @param year the year whose seasons are composited
 * @param aoi the area (WGS84); the output grid is the UTM 10 m grid around it
 * @param features feature names in the order wanted, e.g. {@code slope}, {@code summer_B11}, {@code
 *     spring_ndvi}; at least one, no repeats
 */
public record FeatureRequest(Year year, Aoi aoi, List<String> features) {
    public FeatureRequest {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(aoi, "aoi");
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new InvalidValueException("features", "at least one feature is needed");
        }
        if (features.stream().distinct().count() != features.size()) {
            throw new InvalidValueException("features", "a feature is listed twice in " + features);
        }
    }
}
