package landcover.raster.imagery.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic acquisitions of each year: dates on Sentinel-2's 5-day revisit (S2A and S2B
 * alternating) inside the default season windows (spring March–April, summer June–July, autumn
 * October–November), Mediterranean cloudiness (cloudy springs and autumns, clear summers, and one
 * overcast autumn date in 2021), and the processing baseline ESA used at that date.
 */
final class SceneSchedule {
    /** Season name, first day (month, day), last day (month, day). */
    static final int[][] WINDOWS = {{3, 1, 4, 30}, {6, 1, 7, 31}, {10, 1, 11, 30}};

    static final String[] SEASONS = {"spring", "summer", "autumn"};

    /** Cloud cover of each season's dates (rotated by year): 3 in spring, 2 in summer, 3 in autumn. */
    private static final double[][] CLOUDS = {{0.18, 0.04, 0.62}, {0.0, 0.06}, {0.24, 0.46, 0.03}};

    /** A day on which S2A passed over the sample region; S2B passed 5 days later. */
    private static final LocalDate CADENCE_ORIGIN = LocalDate.of(2020, 1, 3);

    private SceneSchedule() {}

    /** The acquisitions of a year, ordered by date. */
    static List<SceneSpec> of(int year, long seed) {
        List<SceneSpec> scenes = new ArrayList<>();
        for (int s = 0; s < SEASONS.length; s++) {
            LocalDate start = LocalDate.of(year, WINDOWS[s][0], WINDOWS[s][1]);
            LocalDate end = LocalDate.of(year, WINDOWS[s][2], WINDOWS[s][3]);
            double[] clouds = CLOUDS[s];
            for (int k = 0; k < clouds.length; k++) {
                LocalDate date = onCadence(start.plusDays(
                        4 + (long) k * (ChronoUnit.DAYS.between(start, end) - 8) / Math.max(1, clouds.length - 1)));
                double cover = clouds[(k + year) % clouds.length];
                if (year == 2021 && s == 2 && k == clouds.length - 1) {
                    cover = 1.0;
                }
                double anomaly = 2 * Noises.uniform(seed + 7, year, date.getDayOfYear()) - 1;
                scenes.add(new SceneSpec(year, SEASONS[s], date, platform(date), cover, baseline(date), anomaly));
            }
        }
        return scenes;
    }

    private static LocalDate onCadence(LocalDate date) {
        long days = ChronoUnit.DAYS.between(CADENCE_ORIGIN, date);
        return CADENCE_ORIGIN.plusDays(Math.floorDiv(days, 5) * 5);
    }

    private static String platform(LocalDate date) {
        long step = ChronoUnit.DAYS.between(CADENCE_ORIGIN, date) / 5;
        return step % 2 == 0 ? "S2A" : "S2B";
    }

    /** ESA's L2A processing baseline in force on a date (Sentinel-2 processing baseline history). */
    static String baseline(LocalDate date) {
        if (date.isBefore(LocalDate.of(2021, 1, 26))) {
            return "02.14";
        }
        if (date.isBefore(LocalDate.of(2021, 6, 30))) {
            return "03.00";
        }
        if (date.isBefore(LocalDate.of(2022, 1, 25))) {
            return "03.01";
        }
        if (date.isBefore(LocalDate.of(2022, 12, 6))) {
            return "04.00";
        }
        return date.isBefore(LocalDate.of(2023, 12, 13)) ? "05.09" : "05.10";
    }
}
