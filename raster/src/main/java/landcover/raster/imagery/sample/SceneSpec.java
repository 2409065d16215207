package landcover.raster.imagery.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * One synthetic acquisition: when, by which platform, how cloudy, under which processing baseline.
 *
 * @param year the year
 * @param season the season it belongs to (spring, summer, autumn)
 * @param date the acquisition date
 * @param platform {@code S2A} or {@code S2B}
 * @param cloudCover share of the scene under cloud, 0 to 1
 * @param processingBaseline the L2A processing baseline, e.g. {@code 05.09}
 * @param dateAnomaly a per-date weather anomaly in [-1, 1] (a wetter or drier fortnight)
 */
record SceneSpec(
        int year,
        String season,
        LocalDate date,
        String platform,
        double cloudCover,
        String processingBaseline,
        double dateAnomaly) {
    /** Sentinel-2's overpass over Málaga is around 11:03 UTC. */
    static final LocalTime OVERPASS = LocalTime.of(11, 3, 21);

    /** The tile the sample region lies in. */
    static final String TILE = "30SUF";

    /** Earth Search–style id, marked synthetic: {@code SYN_S2A_30SUF_20230315_0_L2A}. */
    String id() {
        return String.format(
                Locale.ROOT,
                "SYN_%s_%s_%04d%02d%02d_0_L2A",
                platform,
                TILE,
                date.getYear(),
                date.getMonthValue(),
                date.getDayOfMonth());
    }

    /** The acquisition time (UTC). */
    LocalDateTime dateTime() {
        return date.atTime(OVERPASS);
    }

    /** Whether DNs carry the +1000 BOA offset (processing baseline 04.00 and later). */
    boolean hasBoaOffset() {
        return processingBaseline.compareTo("04.00") >= 0;
    }

    /** A seed for this scene's clouds and noise. */
    long seed(long worldSeed) {
        return Noises.hash(worldSeed + 1000, date.getYear(), date.getDayOfYear());
    }
}
