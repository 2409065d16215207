package landcover.mlops.serving;

import landcover.domain.Year;

/** The imagery source serves no imagery for the year. */
public final class NoImageryForYearException extends YearNotServedException {
    private static final long serialVersionUID = 1L;

    /**
     * @param year the year asked for
     * @param detail what the imagery source said, e.g. the years it does serve
     * @param cause the imagery source's error, or null
     */
    public NoImageryForYearException(Year year, String detail, Throwable cause) {
        super(year, "no imagery for " + year + ": " + detail, cause);
    }
}
