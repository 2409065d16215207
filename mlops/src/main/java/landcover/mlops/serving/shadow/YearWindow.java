package landcover.mlops.serving.shadow;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.ModelId;
import landcover.domain.Year;

/**
 * The mirror's memory of one year's current shadow version: counters and the last comparisons.
 * Guarded by its own monitor.
 */
final class YearWindow {
    private final Year year;
    private final ModelId shadow;
    private final Instant since;
    private final int size;
    private final Deque<Comparison> window = new ArrayDeque<>();
    private long seen;
    private long mirrored;
    private long dropped;
    private long failed;

    YearWindow(Year year, ModelId shadow, Instant since, int size) {
        this.year = year;
        this.shadow = shadow;
        this.since = since;
        this.size = size;
    }

    ModelId shadow() {
        return shadow;
    }

    synchronized void seen() {
        seen++;
    }

    synchronized void dropped() {
        dropped++;
    }

    synchronized void failed() {
        failed++;
    }

    synchronized void add(Comparison c) {
        mirrored++;
        window.addFirst(c);
        if (window.size() > size) {
            window.removeLast();
        }
    }

    synchronized ShadowReport report(double share) {
        long pixels = 0;
        long agreeing = 0;
        double prod = 0;
        double shad = 0;
        Map<Integer, Double> deltas = new HashMap<>();
        for (Comparison c : window) {
            pixels += c.pixels();
            agreeing += c.agreeing();
            prod += c.productionConfidence() * c.pixels();
            shad += c.shadowConfidence() * c.pixels();
            c.classAreaDeltasM2().forEach((code, d) -> deltas.merge(code, d, Double::sum));
        }
        List<Comparison> recent = new ArrayList<>(window).subList(0, Math.min(20, window.size()));
        ModelId production = window.isEmpty() ? null : window.getFirst().production();
        return new ShadowReport(
                year,
                shadow,
                production,
                since,
                share,
                seen,
                mirrored,
                dropped,
                failed,
                pixels,
                pixels == 0 ? Double.NaN : agreeing / (double) pixels,
                pixels == 0 ? Double.NaN : prod / pixels,
                pixels == 0 ? Double.NaN : shad / pixels,
                deltas,
                recent);
    }
}
