package landcover.mlops.pipeline.truth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import landcover.mlops.train.data.LabelledGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Finds items labelling a location already labelled: points within {@value #RADIUS_M} m (one 10 m
 * pixel) of another point, points inside another polygon, and polygons whose centroid lies within
 * that distance of another polygon's. Points are kept in a grid of 1e-4° cells so each lookup looks
 * at a few cells only. Not thread-safe; one per check.
 */
final class DuplicateFinder {
    static final double RADIUS_M = 10;
    private static final double CELL_DEG = 1e-4;
    private static final double METRES_PER_DEG = 111_320;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private record Located(String batch, LabelledGeometry item, int code) {}

    private final Map<Long, List<Located>> points = new HashMap<>();
    private final List<Located> polygons = new ArrayList<>();

    /** Adds the items of a stored (or the new) batch. */
    void add(String batch, List<LabelledGeometry> items, int[] codes) {
        for (int i = 0; i < items.size(); i++) {
            Located l = new Located(batch, items.get(i), codes[i]);
            if (l.item().isPoint()) {
                points.computeIfAbsent(key(cellX(l.item().lon()), cellY(l.item().lat())), k -> new ArrayList<>())
                        .add(l);
            } else {
                polygons.add(l);
            }
        }
    }

    /** The duplicates of a new batch's items against everything added so far and among themselves. */
    List<DuplicateLocation> check(String batch, List<LabelledGeometry> items, int[] codes) {
        List<DuplicateLocation> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabelledGeometry item = items.get(i);
            DuplicateLocation d = item.isPoint() ? nearPoint(item, codes[i]) : nearPolygon(item, codes[i]);
            if (d != null) {
                found.add(d);
            }
            add(batch, List.of(item), new int[] {codes[i]});
        }
        return found;
    }

    private DuplicateLocation nearPoint(LabelledGeometry item, int code) {
        long cx = cellX(item.lon());
        long cy = cellY(item.lat());
        int span = (int) Math.ceil(RADIUS_M / (CELL_DEG * METRES_PER_DEG * Math.cos(Math.toRadians(item.lat()))));
        for (long y = cy - 1; y <= cy + 1; y++) {
            for (long x = cx - span; x <= cx + span; x++) {
                for (Located other : points.getOrDefault(key(x, y), List.of())) {
                    double d = metres(
                            item.lon(),
                            item.lat(),
                            other.item().lon(),
                            other.item().lat());
                    if (d <= RADIUS_M) {
                        return new DuplicateLocation(
                                item.id(), other.batch(), other.item().id(), code, other.code(), d);
                    }
                }
            }
        }
        Point p = GEOMETRY.createPoint(new Coordinate(item.lon(), item.lat()));
        for (Located other : polygons) {
            if (other.item().polygon().geometry().covers(p)) {
                return new DuplicateLocation(
                        item.id(), other.batch(), other.item().id(), code, other.code(), 0);
            }
        }
        return null;
    }

    private DuplicateLocation nearPolygon(LabelledGeometry item, int code) {
        Point c = item.polygon().geometry().getCentroid();
        for (Located other : polygons) {
            Point o = other.item().polygon().geometry().getCentroid();
            double d = metres(c.getX(), c.getY(), o.getX(), o.getY());
            if (d <= RADIUS_M) {
                return new DuplicateLocation(
                        item.id(), other.batch(), other.item().id(), code, other.code(), d);
            }
        }
        return null;
    }

    /** Equirectangular distance: exact enough (well under 1 %) at the 10 m scale it judges. */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double dx = (lon2 - lon1) * METRES_PER_DEG * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double dy = (lat2 - lat1) * METRES_PER_DEG;
        return Math.hypot(dx, dy);
    }

    private static long cellX(double lon) {
        return (long) Math.floor(lon / CELL_DEG);
    }

    private static long cellY(double lat) {
        return (long) Math.floor(lat / CELL_DEG);
    }

    private static long key(long x, long y) {
        return x * 4_000_000L + y;
    }
}
