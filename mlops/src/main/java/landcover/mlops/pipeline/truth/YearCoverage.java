package landcover.mlops.pipeline.truth;

import java.util.Optional;
import landcover.domain.Year;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import org.locationtech.jts.geom.Geometry;

/** Where a year has imagery, for checking ground truth against it. Implementations are thread-safe. */
@FunctionalInterface
public interface YearCoverage {
    /** The year's imagery footprint (WGS84 lon/lat), or empty when the year has no imagery. */
    Optional<Geometry> coverage(Year year);

    /** The coverage an imagery source reports. */
    static YearCoverage of(ImagerySource imagery) {
        return year -> {
            try {
                return Optional.of(imagery.coverage(year));
            } catch (NoImageryException e) {
                return Optional.empty();
            }
        };
    }
}
