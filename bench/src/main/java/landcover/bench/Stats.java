package landcover.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summary of repeated timings in milliseconds: wall-clock, and process CPU time (all threads)
 * where known. On a machine shared with other work the wall time swings with the load; CPU time
 * measures the work done and is the steadier comparison.
 *
 * @param cpuMs median CPU time, NaN when not measured (a separate process)
 */
record Stats(double medianMs, double minMs, double cpuMs, int runs) {
    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Wall-clock summary of runs timed without CPU time. */
    static Stats ofNanos(long[] nanos) {
        List<Double> ms = java.util.Arrays.stream(nanos).mapToObj(n -> n / 1e6).toList();
        double min = ms.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        return new Stats(median(ms), min, Double.NaN, nanos.length);
    }

    String wall() {
        return String.format(Locale.ROOT, "%.1f ms (min %.1f, %d runs)", medianMs, minMs, runs);
    }

    String cpu() {
        return Double.isNaN(cpuMs) ? "n/a" : String.format(Locale.ROOT, "%.1f ms", cpuMs);
    }
}

/** Wall and CPU timings collected over several rounds, in seconds. Not thread-safe. */
final class Samples {
    private final List<Double> wall = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();

    void add(Timings t) {
        for (int i = 0; i < t.wallNanos().length; i++) {
            wall.add(t.wallNanos()[i] / 1e9);
            if (t.cpuNanos() != null) {
                cpu.add(t.cpuNanos()[i] / 1e9);
            }
        }
    }

    void addSeconds(List<Double> wallSeconds, List<Double> cpuSeconds) {
        wall.addAll(wallSeconds);
        if (cpuSeconds != null) {
            cpu.addAll(cpuSeconds);
        }
    }

    Stats stats() {
        double min = wall.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        return new Stats(Stats.median(wall) * 1000, min * 1000, Stats.median(cpu) * 1000, wall.size());
    }
}

/** Per-run wall and process CPU times in nanoseconds; {@code cpuNanos} null when not measured. */
record Timings(long[] wallNanos, long[] cpuNanos) {}
