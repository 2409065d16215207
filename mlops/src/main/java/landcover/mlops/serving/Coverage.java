package landcover.mlops.serving;

import java.util.List;
import java.util.Locale;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.InvalidAoiException;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Checks, before a request is queued, that the imagery serves the year and reaches the AOI, and
 * turns the imagery's "nothing there" into the two errors an edge tells apart: a year without
 * imagery ({@link NoImageryForYearException}, 404) and an AOI outside the year's coverage ({@link
 * InvalidAoiException} of kind {@code OUTSIDE_COVERAGE}, 422). Thread-safe.
 */
final class Coverage {
    private final ImagerySource imagery;

    Coverage(ImagerySource imagery) {
        this.imagery = imagery;
    }

    /**
     * @throws NoImageryForYearException when the year has no imagery
     * @throws InvalidAoiException when the AOI does not touch the year's coverage
     */
    void check(Year year, Aoi aoi) {
        List<Year> years = imagery.years();
        if (!years.contains(year)) {
            throw new NoImageryForYearException(year, "imagery is served for " + years, null);
        }
        Geometry coverage = imagery.coverage(year);
        if (!coverage.intersects(aoi.geometry())) {
            throw outside(year, coverage);
        }
    }

    /** The error to report for an imagery source's {@link NoImageryException}. */
    RuntimeException explain(Year year, Aoi aoi, NoImageryException e) {
        if (!imagery.years().contains(year)) {
            return new NoImageryForYearException(year, e.getMessage(), e);
        }
        return outside(year, imagery.coverage(year));
    }

    private static InvalidAoiException outside(Year year, Geometry coverage) {
        Envelope e = coverage.getEnvelopeInternal();
        String covered = String.format(
                Locale.ROOT, "lon %.4f..%.4f, lat %.4f..%.4f", e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
        return new InvalidAoiException(
                InvalidAoiException.Problem.OUTSIDE_COVERAGE,
                "",
                "the AOI lies outside the imagery of " + year + " (covered: " + covered + ")",
                null);
    }
}
