package landcover.mlops.serving;

import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.Year;

/** The year has no model version under the alias asked for (usually {@code production}). */
public final class NoModelForYearException extends YearNotServedException {
    private static final long serialVersionUID = 1L;

    private final String alias;

    /** No version is {@code ref.alias()} for {@code ref.year()}. */
    public NoModelForYearException(AliasRef ref) {
        super(ref.year(), "no " + ref.alias() + " model for " + ref.year() + " (" + ref + " is not set)", null);
        this.alias = ref.alias().value();
    }

    /** The year. */
    public static NoModelForYearException of(Year year) {
        return new NoModelForYearException(AliasRef.production(year));
    }

    /** The alias that is not set. */
    public Alias alias() {
        return new Alias(alias);
    }
}
