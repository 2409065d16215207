package landcover.raster.imagery;

import landcover.domain.Year;
import landcover.raster.RasterException;

/**
 * An imagery source has nothing for a request: the year is not served, or the AOI lies outside the
 * year's coverage. Carries the year so an edge can answer "year without imagery" (404).
 */
public final class NoImageryException extends RasterException {
    private static final long serialVersionUID = 1L;

    private final int year;

    /**
     * @param year the year asked for
     * @param message what is missing, e.g. "no imagery for 2019 (served: 2020-2024)"
     */
    public NoImageryException(Year year, String message) {
        super("imagery", message);
        this.year = year.value();
    }

    /** The year asked for. */
    public Year year() {
        return new Year(year);
    }
}
