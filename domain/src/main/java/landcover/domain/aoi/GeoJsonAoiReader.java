package landcover.domain.aoi;

import static landcover.domain.aoi.InvalidAoiException.Problem.BAD_COORDINATES;
import static landcover.domain.aoi.InvalidAoiException.Problem.CROSSES_ANTIMERIDIAN;
import static landcover.domain.aoi.InvalidAoiException.Problem.EMPTY;
import static landcover.domain.aoi.InvalidAoiException.Problem.MISSING_GEOMETRY;
import static landcover.domain.aoi.InvalidAoiException.Problem.NOT_A_POLYGON;
import static landcover.domain.aoi.InvalidAoiException.Problem.OUTSIDE_COVERAGE;
import static landcover.domain.aoi.InvalidAoiException.Problem.TOO_COMPLEX;
import static landcover.domain.aoi.InvalidAoiException.Problem.TOO_FEW_POSITIONS;
import static landcover.domain.aoi.InvalidAoiException.Problem.UNCLOSED_RING;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import landcover.domain.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a parsed GeoJSON tree into JTS polygons, one {@link Part} per GeoJSON geometry, checking
 * structure as it goes: types, ring closure, position counts, numeric and in-range coordinates,
 * edges that jump across the antimeridian, and the latitude band the UTM grids cover. Topology
 * (self-intersections, holes) is checked afterwards by {@link AoiValidator}. Not thread-safe.
 */
final class GeoJsonAoiReader {
    /** UTM zones, and so every grid we classify on, span 80°S to 84°N. */
    static final double MIN_LAT = -80;

    static final double MAX_LAT = 84;

    /** One GeoJSON Polygon or MultiPolygon, with where it came from. */
    record Part(String pointer, String label, Geometry geometry) {}

    private final GeometryFactory factory;
    private final int maxVertices;
    private final List<Part> parts = new ArrayList<>();
    private int vertices;

    GeoJsonAoiReader(GeometryFactory factory, int maxVertices) {
        this.factory = factory;
        this.maxVertices = maxVertices;
    }

    /** Reads a GeoJSON tree (maps, lists, strings, numbers) into polygonal parts. */
    List<Part> read(Object root) {
        Map<?, ?> object = asObject(root, "");
        checkCrs(object);
        switch (typeOf(object, "")) {
            case "FeatureCollection" -> readFeatureCollection(object);
            case "Feature" -> readFeature(object, "");
            default -> readGeometry(object, "", "");
        }
        return List.copyOf(parts);
    }

    private void readFeatureCollection(Map<?, ?> collection) {
        if (!(collection.get("features") instanceof List<?> features)) {
            throw new InvalidAoiException(
                    NOT_A_POLYGON, "/features", "a FeatureCollection needs a \"features\" array", null);
        }
        if (features.isEmpty()) {
            throw new InvalidAoiException(EMPTY, "/features", "the FeatureCollection has no features", null);
        }
        for (int i = 0; i < features.size(); i++) {
            String pointer = "/features/" + i;
            Map<?, ?> feature = asObject(features.get(i), pointer);
            if (!"Feature".equals(typeOf(feature, pointer))) {
                throw new InvalidAoiException(
                        NOT_A_POLYGON, pointer + "/type", "a FeatureCollection may only hold Features", null);
            }
            readFeature(feature, pointer);
        }
    }

    private void readFeature(Map<?, ?> feature, String pointer) {
        String label = labelOf(feature);
        Object geometry = feature.get("geometry");
        if (geometry == null) {
            throw new InvalidAoiException(
                    MISSING_GEOMETRY, pointer + "/geometry", "feature" + label + " has no geometry", null);
        }
        readGeometry(asObject(geometry, pointer + "/geometry"), pointer + "/geometry", label);
    }

    private void readGeometry(Map<?, ?> geometry, String pointer, String label) {
        String type = typeOf(geometry, pointer);
        Object coordinates = geometry.get("coordinates");
        switch (type) {
            case "Polygon" -> parts.add(new Part(pointer, label, polygon(coordinates, pointer + "/coordinates")));
            case "MultiPolygon" -> parts.add(new Part(pointer, label, multiPolygon(coordinates, pointer)));
            default ->
                throw new InvalidAoiException(
                        NOT_A_POLYGON,
                        pointer + "/type",
                        "not a polygon: got " + type + label
                                + "; an AOI is a Polygon, MultiPolygon, Feature or FeatureCollection of those",
                        null);
        }
    }

    private Geometry multiPolygon(Object coordinates, String pointer) {
        List<?> polygons = asArray(coordinates, pointer + "/coordinates");
        if (polygons.isEmpty()) {
            throw new InvalidAoiException(EMPTY, pointer + "/coordinates", "the MultiPolygon has no polygons", null);
        }
        Polygon[] result = new Polygon[polygons.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = polygon(polygons.get(i), pointer + "/coordinates/" + i);
        }
        return factory.createMultiPolygon(result);
    }

    private Polygon polygon(Object coordinates, String pointer) {
        List<?> rings = asArray(coordinates, pointer);
        if (rings.isEmpty()) {
            throw new InvalidAoiException(EMPTY, pointer, "the polygon has no rings", null);
        }
        LinearRing shell = ring(rings.get(0), pointer + "/0");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1), pointer + "/" + (i + 1));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Object positions, String pointer) {
        List<?> list = asArray(positions, pointer);
        if (list.size() < 4) {
            throw new InvalidAoiException(
                    TOO_FEW_POSITIONS,
                    pointer,
                    "a ring needs at least 4 positions (first = last), this one has " + list.size(),
                    null);
        }
        vertices += list.size();
        if (vertices > maxVertices) {
            throw new InvalidAoiException(
                    TOO_COMPLEX, pointer, "more than " + maxVertices + " vertices; simplify the AOI", null);
        }
        Coordinate[] ring = new Coordinate[list.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = position(list.get(i), pointer + "/" + i);
            if (i > 0) {
                checkEdge(ring[i - 1], ring[i], pointer + "/" + i);
            }
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            throw new InvalidAoiException(
                    UNCLOSED_RING,
                    pointer,
                    "ring not closed: first position " + lonLat(ring[0]) + " differs from last "
                            + lonLat(ring[ring.length - 1]),
                    lonLat(ring[0]));
        }
        return factory.createLinearRing(ring);
    }

    private static Coordinate position(Object value, String pointer) {
        if (!(value instanceof List<?> numbers) || numbers.size() < 2) {
            throw new InvalidAoiException(BAD_COORDINATES, pointer, "a position is an array [lon, lat]", null);
        }
        for (Object n : numbers) {
            if (!(n instanceof Number)) {
                throw new InvalidAoiException(
                        BAD_COORDINATES, pointer, "position holds a non-numeric value: " + describe(n), null);
            }
        }
        double lon = ((Number) numbers.get(0)).doubleValue();
        double lat = ((Number) numbers.get(1)).doubleValue();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new InvalidAoiException(
                    BAD_COORDINATES,
                    pointer,
                    "position [" + lon + ", " + lat + "] is out of range (lon -180..180, lat -90..90;"
                            + " GeoJSON is longitude first, WGS84 degrees)",
                    null);
        }
        if (lat < MIN_LAT || lat > MAX_LAT) {
            throw new InvalidAoiException(
                    OUTSIDE_COVERAGE,
                    pointer,
                    "latitude " + lat + " is outside 80°S-84°N, the band covered by the UTM grids imagery is"
                            + " processed on (polar AOIs are not supported)",
                    new LonLat(lon, lat));
        }
        return new Coordinate(lon, lat);
    }

    private static void checkEdge(Coordinate from, Coordinate to, String pointer) {
        if (Math.abs(to.x - from.x) > 180) {
            throw new InvalidAoiException(
                    CROSSES_ANTIMERIDIAN,
                    pointer,
                    "the edge from " + lonLat(from) + " to " + lonLat(to) + " crosses the antimeridian;"
                            + " split the polygon at ±180° into a MultiPolygon (RFC 7946 §3.1.9)",
                    lonLat(from));
        }
    }

    /**
     * RFC 7946 dropped the "crs" member and fixed WGS84 longitude/latitude; GeoJSON written by older
     * tools still carries one, always with longitude first (as GDAL writes it). A file in
     * another CRS (say UTM metres) is refused here with a clear reason, before its coordinates are
     * misread as degrees.
     */
    private static void checkCrs(Map<?, ?> root) {
        if (!(root.get("crs") instanceof Map<?, ?> crs)
                || !(crs.get("properties") instanceof Map<?, ?> props)
                || !(props.get("name") instanceof String name)) {
            return;
        }
        String normalized = name.toUpperCase(Locale.ROOT).replace("::", ":");
        // ETRS89 (EPSG:4258, common in European data) stays within a metre of WGS84: accept it.
        boolean lonLatDegrees =
                normalized.endsWith("CRS84") || normalized.endsWith("EPSG:4326") || normalized.endsWith("EPSG:4258");
        if (!lonLatDegrees) {
            throw new InvalidAoiException(
                    BAD_COORDINATES,
                    "/crs",
                    "coordinates are in " + name + "; an AOI must be WGS84 longitude/latitude (RFC 7946):"
                            + " reproject it first, e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson",
                    null);
        }
    }

    private static Map<?, ?> asObject(Object value, String pointer) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InvalidAoiException(
                NOT_A_POLYGON, pointer, "expected a GeoJSON object, got " + describe(value), null);
    }

    private static List<?> asArray(Object value, String pointer) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new InvalidAoiException(BAD_COORDINATES, pointer, "expected an array, got " + describe(value), null);
    }

    private static String typeOf(Map<?, ?> object, String pointer) {
        if (object.get("type") instanceof String type) {
            return type;
        }
        throw new InvalidAoiException(NOT_A_POLYGON, pointer + "/type", "missing GeoJSON \"type\"", null);
    }

    /** A short name for messages: the feature's id or name property, when it has one. */
    private static String labelOf(Map<?, ?> feature) {
        Object name = feature.get("properties") instanceof Map<?, ?> props ? props.get("name") : null;
        Object id = name != null ? name : feature.get("id");
        if (id instanceof Double d && d == Math.rint(d)) {
            id = d.longValue();
        }
        return id == null ? "" : " '" + id + "'";
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "the string \"" + s + "\"";
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            default -> String.valueOf(value);
        };
    }

    static LonLat lonLat(Coordinate c) {
        return new LonLat(c.x, c.y);
    }
}
