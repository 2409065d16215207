package landcover.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** JTS polygons as RFC 7946 GeoJSON geometry objects (maps for the response writer). Stateless. */
final class GeoJsonGeometries {
    private GeoJsonGeometries() {}

    /** A Polygon, or a MultiPolygon for anything with several polygons; other parts are left out. */
    static Map<String, Object> of(Geometry geometry) {
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(rings(p));
            }
        }
        return polygons.size() == 1
                ? Map.of("type", "Polygon", "coordinates", polygons.getFirst())
                : Map.of("type", "MultiPolygon", "coordinates", polygons);
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(p.getExteriorRing().getCoordinates()));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            rings.add(ring(p.getInteriorRingN(h).getCoordinates()));
        }
        return rings;
    }

    private static List<Object> ring(Coordinate[] coordinates) {
        List<Object> ring = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            ring.add(List.of(round(c.x), round(c.y)));
        }
        return ring;
    }

    /** 1e-7° (about 1 cm). */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
