package landcover.raster.imagery;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;

/**
 * Which seasons each year has: a default pattern of month-day windows applied to every year, and
 * explicit dates for years that differ (a late spring, a single-season year). Seasons are listed in
 * the order given; their names must be unique within a year, their windows may not overlap.
 *
 * <p>Text form, as in configuration: {@code spring=03-01..04-30,summer=06-01..07-31} for the
 * pattern; a year's own list as {@code 2023:spring=2023-03-15..2023-05-15}. Immutable.
 *
 * @param pattern the default seasons as {@link Window}s, at least one
 * @param years explicit seasons of particular years
 */
public record SeasonCalendar(List<Window> pattern, Map<Integer, List<Season>> years) {
    /** Spring March–April, summer June–July, autumn October–November: the published method's. */
    public static final SeasonCalendar DEFAULT = parse("spring=03-01..04-30,summer=06-01..07-31,autumn=10-01..11-30");

    /**
     * A season window by month and day, repeated every year.
     *
     * @param name the season's name
     * @param start first day
     * @param end last day, later in the same year
     */
    public record Window(String name, MonthDay start, MonthDay end) {
        public Window {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new InvalidValueException("season", name + " ends before it starts (" + start + ".." + end + ")");
            }
        }

        /** The window in a year (29 February becomes 28 February outside leap years). */
        public Season in(int year) {
            return new Season(name, start.atYear(year), end.atYear(year));
        }
    }

    public SeasonCalendar {
        pattern = List.copyOf(pattern);
        if (pattern.isEmpty()) {
            throw new InvalidValueException("seasons", "at least one season is needed");
        }
        Map<Integer, List<Season>> copy = new TreeMap<>();
        years.forEach((year, seasons) -> copy.put(year, List.copyOf(seasons)));
        years = Map.copyOf(copy);
        checkNames(pattern.stream().map(Window::name).toList());
        for (int y : copy.keySet()) {
            check(y, copy.get(y));
        }
        check(2021, pattern.stream().map(p -> p.in(2021)).toList());
    }

    /** The seasons of a year, in order. */
    public List<Season> seasons(Year year) {
        List<Season> own = years.get(year.value());
        return own != null ? own : pattern.stream().map(w -> w.in(year.value())).toList();
    }

    /** The season called {@code name} in a year, if there is one. */
    public java.util.Optional<Season> season(Year year, String name) {
        return seasons(year).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** This calendar with explicit seasons for one year. */
    public SeasonCalendar withYear(Year year, List<Season> seasons) {
        Map<Integer, List<Season>> copy = new TreeMap<>(years);
        copy.put(year.value(), seasons);
        return new SeasonCalendar(pattern, copy);
    }

    /**
     * Parses the pattern form {@code name=MM-DD..MM-DD,…}.
     *
     * @throws InvalidValueException naming the part that is wrong
     */
    public static SeasonCalendar parse(String text) {
        List<Window> windows = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] kv = split(part.strip(), "=", text);
            String[] range = split(kv[1], "..", text);
            try {
                windows.add(new Window(kv[0], MonthDay.parse("--" + range[0]), MonthDay.parse("--" + range[1])));
            } catch (DateTimeException e) {
                throw new InvalidValueException("seasons", "'" + part.strip() + "' is not name=MM-DD..MM-DD");
            }
        }
        return new SeasonCalendar(windows, Map.of());
    }

    /**
     * Parses one year's explicit seasons, {@code name=YYYY-MM-DD..YYYY-MM-DD,…}, all in that year.
     *
     * @throws InvalidValueException naming the part that is wrong
     */
    public static List<Season> parseYear(Year year, String text) {
        List<Season> seasons = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] kv = split(part.strip(), "=", text);
            String[] range = split(kv[1], "..", text);
            try {
                seasons.add(new Season(kv[0], LocalDate.parse(range[0]), LocalDate.parse(range[1])));
            } catch (DateTimeException e) {
                throw new InvalidValueException("seasons", "'" + part.strip() + "' is not name=YYYY-MM-DD..YYYY-MM-DD");
            }
        }
        check(year.value(), seasons);
        return List.copyOf(seasons);
    }

    private static String[] split(String part, String separator, String whole) {
        int at = part.indexOf(separator);
        if (at <= 0 || at + separator.length() >= part.length()) {
            throw new InvalidValueException("seasons", "'" + part + "' in '" + whole + "' is not name=start..end");
        }
        return new String[] {
            part.substring(0, at).strip(),
            part.substring(at + separator.length()).strip()
        };
    }

    private static void check(int year, List<Season> seasons) {
        if (seasons.isEmpty()) {
            throw new InvalidValueException("seasons", year + " has no season");
        }
        checkNames(seasons.stream().map(Season::name).toList());
        for (int i = 0; i < seasons.size(); i++) {
            Season s = seasons.get(i);
            if (s.start().getYear() != year || s.end().getYear() != year) {
                throw new InvalidValueException("seasons", s + " is not inside " + year);
            }
            for (int j = 0; j < i; j++) {
                Season o = seasons.get(j);
                if (!s.start().isAfter(o.end()) && !o.start().isAfter(s.end())) {
                    throw new InvalidValueException("seasons", s + " overlaps " + o);
                }
            }
        }
    }

    private static void checkNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new InvalidValueException("seasons", "season '" + n + "' is listed twice");
            }
        }
    }
}
