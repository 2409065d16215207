package landcover.mlops.serving;

import landcover.domain.Year;
import landcover.mlops.MlopsException;

/**
 * A year cannot be predicted: it has no model to serve, or no imagery. Edges answer 404 (gRPC
 * {@code NOT_FOUND}). Carries the year; the subtype says which part is missing.
 */
public abstract sealed class YearNotServedException extends MlopsException
        permits NoModelForYearException, NoImageryForYearException {
    private static final long serialVersionUID = 1L;

    private final int year;

    YearNotServedException(Year year, String message, Throwable cause) {
        super(message, cause);
        this.year = year.value();
    }

    /** The year asked for. */
    public Year year() {
        return new Year(year);
    }
}
