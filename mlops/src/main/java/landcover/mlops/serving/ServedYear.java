package landcover.mlops.serving;

import java.util.List;
import java.util.Objects;
import landcover.domain.Year;
import landcover.raster.imagery.Season;
import org.locationtech.jts.geom.Geometry;

/**
 * A year predictions can be asked for: it has imagery and a deployed {@code production} model.
 *
 * @param year the year
 * @param model the production deployment
 * @param coverage where its imagery is, WGS84 longitude/latitude
 * @param seasons its seasons
 * @param syntheticImagery whether its imagery is synthetic (the sample region)
 */
public record ServedYear(
        Year year, DeployedModel model, Geometry coverage, List<Season> seasons, boolean syntheticImagery) {
    public ServedYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(model, "model");
        coverage = (Geometry) Objects.requireNonNull(coverage, "coverage").copy();
        seasons = List.copyOf(seasons);
    }

    /** A copy of the coverage (JTS geometries are mutable). */
    @Override
    public Geometry coverage() {
        return coverage.copy();
    }
}
