package landcover.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import landcover.domain.aoi.Aoi;

/**
 * The published load test's AOIs: a random polygon of 4-10 vertices around a centre, its envelope at
 * most 0.0005 deg² with an aspect between 0.5 and 2 (one vertex per equal angular sector of an
 * ellipse, angle and radius jittered, so the ring never crosses itself).
 */
final class LoadtestShapes {
    private LoadtestShapes() {}

    static Aoi polygon(SplittableRandom random, double west, double south, double east, double north) {
        double area = 0.0001 + random.nextDouble() * 0.0004;
        double aspect = 0.5 + random.nextDouble() * 1.5;
        double w = Math.sqrt(area * aspect);
        double h = area / w;
        double cx = west + w / 2 + random.nextDouble() * (east - west - w);
        double cy = south + h / 2 + random.nextDouble() * (north - south - h);
        int n = 4 + random.nextInt(7);
        // One angle per equal sector (jittered within its inner 80 %): increasing and never nearly
        // equal, so rounding the vertices cannot fold two edges across each other.
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = (i + 0.1 + 0.8 * random.nextDouble()) * 2 * Math.PI / n;
        }
        List<String> ring = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double a = angles[i % n];
            double r = 0.6 + 0.4 * random.nextDouble();
            ring.add(String.format(
                    Locale.ROOT, "[%.7f,%.7f]", cx + r * w / 2 * Math.cos(a), cy + r * h / 2 * Math.sin(a)));
        }
        ring.set(n, ring.get(0));
        return Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", ring) + "]]}");
    }
}
