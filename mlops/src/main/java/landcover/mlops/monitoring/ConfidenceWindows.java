package landcover.mlops.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mean prediction confidence per year and alias: over the current UTC day, and over a rolling
 * window of the last {@code rolling} (kept as one-minute buckets). Each prediction counts once with
 * its mean top-class probability (the published method's "average confidence" of a request), so a
 * large AOI does not outweigh many small ones. Days and buckets older than needed are dropped as
 * time passes. Thread-safe.
 */
public final class ConfidenceWindows {
    /** One series' figures. */
    public record Figures(
            int year, String alias, double dailyMean, long dailyCount, double rollingMean, long rollingCount) {}

    private record Key(int year, String alias) {}

    /** Sums per bucket; guarded by the series' monitor. */
    private static final class Series {
        private final TreeMap<LocalDate, double[]> days = new TreeMap<>();
        private final TreeMap<Long, double[]> minutes = new TreeMap<>();
    }

    private final Clock clock;
    private final Duration rolling;
    private final Map<Key, Series> series = new ConcurrentHashMap<>();

    /** @param rolling the rolling window, at least one minute */
    public ConfidenceWindows(Clock clock, Duration rolling) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (rolling.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("rolling window " + rolling + " shorter than a minute");
        }
        this.rolling = rolling;
    }

    /** The rolling window. */
    public Duration rolling() {
        return rolling;
    }

    /** Records one prediction's mean confidence, in [0, 1], now. */
    public void record(int year, String alias, double meanConfidence) {
        if (!(meanConfidence >= 0 && meanConfidence <= 1)) {
            return;
        }
        Instant now = clock.instant();
        Series s = series.computeIfAbsent(new Key(year, alias), k -> new Series());
        synchronized (s) {
            add(s.days.computeIfAbsent(LocalDate.ofInstant(now, ZoneOffset.UTC), d -> new double[2]), meanConfidence);
            add(s.minutes.computeIfAbsent(now.getEpochSecond() / 60, m -> new double[2]), meanConfidence);
            trim(s, now);
        }
    }

    private static void add(double[] bucket, double v) {
        bucket[0] += v;
        bucket[1]++;
    }

    private void trim(Series s, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        s.days.headMap(today.minusDays(7)).clear();
        long firstMinute = now.minus(rolling).getEpochSecond() / 60;
        s.minutes.headMap(firstMinute, false).clear();
    }

    /** The figures of every series with predictions today or in the rolling window, by year then alias. */
    public List<Figures> figures() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long firstMinute = (now.getEpochSecond() - rolling.toSeconds()) / 60;
        List<Key> keys = new ArrayList<>(series.keySet());
        keys.sort(java.util.Comparator.comparingInt(Key::year).thenComparing(Key::alias));
        List<Figures> out = new ArrayList<>();
        for (Key key : keys) {
            Series s = series.get(key);
            double[] day;
            double[] roll = new double[2];
            synchronized (s) {
                day = s.days.getOrDefault(today, new double[2]).clone();
                for (double[] b : s.minutes.tailMap(firstMinute, false).values()) {
                    roll[0] += b[0];
                    roll[1] += b[1];
                }
            }
            if (day[1] > 0 || roll[1] > 0) {
                out.add(new Figures(key.year(), key.alias(), mean(day), (long) day[1], mean(roll), (long) roll[1]));
            }
        }
        return out;
    }

    /** The mean over the UTC day {@code day} of a series, NaN without predictions. */
    public double dailyMean(int year, String alias, LocalDate day) {
        Series s = series.get(new Key(year, alias));
        if (s == null) {
            return Double.NaN;
        }
        synchronized (s) {
            return mean(s.days.getOrDefault(day, new double[2]));
        }
    }

    private static double mean(double[] bucket) {
        return bucket[1] == 0 ? Double.NaN : bucket[0] / bucket[1];
    }
}
