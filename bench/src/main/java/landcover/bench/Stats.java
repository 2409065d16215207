package landcover.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Summary of repeated timings, in milliseconds. */
record Stats(double medianMs, double minMs, int runs) {
    static Stats ofSeconds(List<Double> seconds) {
        double[] ms = seconds.stream().mapToDouble(s -> s * 1000).sorted().toArray();
        int n = ms.length;
        double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        return new Stats(median, ms[0], n);
    }

    static Stats ofNanos(long[] nanos) {
        return ofSeconds(Arrays.stream(nanos).mapToObj(n -> n / 1e9).toList());
    }

    String cell() {
        return String.format(Locale.ROOT, "%.1f ms (min %.1f, %d runs)", medianMs, minMs, runs);
    }
}

/** Timings collected over several rounds. Not thread-safe. */
final class Samples {
    private final List<Double> seconds = new java.util.ArrayList<>();

    void add(long[] nanos) {
        for (long n : nanos) {
            seconds.add(n / 1e9);
        }
    }

    void addSeconds(List<Double> values) {
        seconds.addAll(values);
    }

    Stats stats() {
        return Stats.ofSeconds(seconds);
    }
}
