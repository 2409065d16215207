package landcover.domain;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * A calendar year of the Sentinel-2 era: from 2015 (launch of Sentinel-2A) up to next year, so a
 * model for the coming season can be registered before it starts. "Next year" is read from the
 * UTC system clock when the value is built; use {@link #of(int, Clock)} to pin the clock.
 *
 * @param value the year, e.g. 2023
 */
public record Year(int value) implements Comparable<Year> {
    /** The first year with Sentinel-2 data (Sentinel-2A launched on 23 June 2015). */
    public static final int FIRST = 2015;

    public Year {
        check(value, Clock.systemUTC());
    }

    /** The year {@code value}, checked against the given clock's "next year". */
    public static Year of(int value, Clock clock) {
        check(value, clock);
        return new Year(value);
    }

    /** Parses a decimal year, as in a URL path or a CLI argument. */
    public static Year parse(String text) {
        try {
            return new Year(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("year", "'" + text + "' is not a whole number");
        }
    }

    /** The last year accepted now: next year on the given clock. */
    public static int last(Clock clock) {
        return clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
    }

    private static void check(int value, Clock clock) {
        int last = last(clock);
        if (value < FIRST || value > last) {
            throw new InvalidValueException(
                    "year", value + " is outside the Sentinel-2 era: expected " + FIRST + " to " + last);
        }
    }

    @Override
    public int compareTo(Year other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
