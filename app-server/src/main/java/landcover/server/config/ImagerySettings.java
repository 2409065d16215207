package landcover.server.config;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.domain.Year;

/**
 * The imagery source for each year: a default, and overrides per year.
 *
 * @param defaultSource used for every year without an override
 * @param byYear per-year overrides
 */
public record ImagerySettings(ImagerySource defaultSource, Map<Year, ImagerySource> byYear) {
    /** The sample region for every year. */
    public static final ImagerySettings SAMPLE = new ImagerySettings(new ImagerySource.Sample(), Map.of());

    public ImagerySettings {
        Objects.requireNonNull(defaultSource, "defaultSource");
        byYear = Map.copyOf(new TreeMap<>(byYear));
    }

    /** The source for a year. */
    public ImagerySource sourceFor(Year year) {
        return byYear.getOrDefault(year, defaultSource);
    }
}
