package landcover.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import landcover.domain.aoi.Aoi;
import org.locationtech.jts.geom.Envelope;

/**
 * The published load test's AOIs: random simple polygons of 4 to 10 vertices whose envelope covers
 * at most 0.0005 deg² with an aspect ratio between 0.5 and 2, placed inside a region. Each polygon is
 * star-shaped around its centre (vertices at sorted random angles and random radii), hence simple,
 * then stretched to fill its envelope exactly. Deterministic for a seed.
 */
final class RandomAois {
    static final double MAX_ENVELOPE_DEG2 = 0.0005;

    private RandomAois() {}

    /**
     * @param region where the envelopes must lie (degrees)
     * @param count how many
     * @param seed the seed
     */
    static List<Aoi> generate(Envelope region, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Aoi> aois = new ArrayList<>(count);
        while (aois.size() < count) {
            double area = MAX_ENVELOPE_DEG2 * (0.2 + 0.8 * random.nextDouble());
            double aspect = Math.exp(Math.log(0.5) + random.nextDouble() * (Math.log(2) - Math.log(0.5)));
            double width = Math.sqrt(area * aspect);
            double height = Math.sqrt(area / aspect);
            double west = region.getMinX() + random.nextDouble() * (region.getWidth() - width);
            double south = region.getMinY() + random.nextDouble() * (region.getHeight() - height);
            aois.add(Aoi.parse(polygon(random, 4 + random.nextInt(7), west, south, width, height)));
        }
        return aois;
    }

    private static String polygon(SplittableRandom random, int n, double west, double south, double w, double h) {
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = (i + 0.2 + 0.6 * random.nextDouble()) * 2 * Math.PI / n;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double r = 0.4 + 0.6 * random.nextDouble();
            xs[i] = r * Math.cos(angles[i]);
            ys[i] = r * Math.sin(angles[i]);
        }
        double[] xr = range(xs);
        double[] yr = range(ys);
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            int k = i % n;
            double lon = west + (xs[k] - xr[0]) / (xr[1] - xr[0]) * w;
            double lat = south + (ys[k] - yr[0]) / (yr[1] - yr[0]) * h;
            ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.8f,%.8f]", lon, lat));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    private static double[] range(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return new double[] {min, max};
    }
}
