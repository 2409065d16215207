package landcover.raster.imagery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import landcover.domain.InvalidValueException;

/**
 * One season of one year: the name used in feature names ({@code spring} in {@code spring_ndvi})
 * and the dates whose acquisitions make its composite, both ends included.
 *
 * @param name lower-case letters and digits, starting with a letter
 * @param start first day
 * @param end last day, not before {@code start}
 */
public record Season(String name, LocalDate start, LocalDate end) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

    public Season {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    "season", "'" + name + "' is not a season name (lower-case letters and digits, e.g. spring)");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("season", name + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** True when {@code date} lies in the season, ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return name + " " + start + ".." + end;
    }
}
