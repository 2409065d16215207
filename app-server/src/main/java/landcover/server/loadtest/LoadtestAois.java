package landcover.server.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The published load test's AOIs: random simple polygons of 4 to 10 vertices whose envelope covers
 * at most 0.0005 deg² with an aspect ratio between 0.5 and 2, lying inside the served coverage. Each
 * polygon is star-shaped around its centre (vertices at jittered, increasing angles and random radii),
 * hence simple, then stretched to fill its envelope. Deterministic for a seed.
 */
final class LoadtestAois {
    static final double MAX_ENVELOPE_DEG2 = 0.0005;
    private static final int MAX_TRIES_PER_AOI = 1000;

    private LoadtestAois() {}

    /**
     * {@code count} polygons (GeoJSON text) whose envelopes lie inside {@code coverage}.
     *
     * @throws LoadtestException when the coverage is too small to hold them
     */
    static List<String> random(Geometry coverage, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Envelope region = coverage.getEnvelopeInternal();
        List<String> aois = new ArrayList<>(count);
        for (int tries = 1; aois.size() < count; tries++) {
            if (tries > MAX_TRIES_PER_AOI * count) {
                throw new LoadtestException("the served coverage " + region + " is too small for the load test's AOIs");
            }
            Envelope box = envelope(random, region);
            String polygon = polygon(random, 4 + random.nextInt(7), box);
            if (region.covers(box) && covers(coverage, box)) {
                aois.add(polygon);
            }
        }
        return aois;
    }

    /** A random envelope of the published size and aspect whose corner lies in {@code region}. */
    private static Envelope envelope(SplittableRandom random, Envelope region) {
        double area = MAX_ENVELOPE_DEG2 * (0.2 + 0.8 * random.nextDouble());
        double aspect = Math.exp(Math.log(0.5) + random.nextDouble() * Math.log(4));
        double width = Math.sqrt(area * aspect);
        double height = Math.sqrt(area / aspect);
        double west = region.getMinX() + random.nextDouble() * (region.getWidth() - width);
        double south = region.getMinY() + random.nextDouble() * (region.getHeight() - height);
        return new Envelope(west, west + width, south, south + height);
    }

    private static boolean covers(Geometry coverage, Envelope box) {
        return coverage.covers(coverage.getFactory().toGeometry(box));
    }

    static String polygon(SplittableRandom random, int n, Envelope box) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = (i + 0.2 + 0.6 * random.nextDouble()) * 2 * Math.PI / n;
            double r = 0.4 + 0.6 * random.nextDouble();
            xs[i] = r * Math.cos(angle);
            ys[i] = r * Math.sin(angle);
        }
        double[] xr = range(xs);
        double[] yr = range(ys);
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            int k = i % n;
            double lon = box.getMinX() + (xs[k] - xr[0]) / (xr[1] - xr[0]) * box.getWidth();
            double lat = box.getMinY() + (ys[k] - yr[0]) / (yr[1] - yr[0]) * box.getHeight();
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
