package landcover.domain.aoi;

import static landcover.domain.aoi.InvalidAoiException.Problem.MALFORMED_JSON;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import landcover.domain.aoi.GeoJsonAoiReader.Part;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * An area of interest: a valid WGS84 MultiPolygon (longitude, latitude in degrees) with its area on
 * the ellipsoid and its bounding box. Immutable and thread-safe.
 *
 * <p>What is accepted (RFC 7946): a Polygon, a MultiPolygon, a Feature holding one, or a
 * FeatureCollection of such Features. Several features are merged into one MultiPolygon by union, so
 * overlapping or adjacent features (neighbouring provinces) count their shared area once. Positions
 * may carry an altitude, which is ignored. Rings may wind either way; they are normalised to RFC 7946
 * order (shells counter-clockwise, holes clockwise).
 *
 * <p>What is refused, with the JSON pointer and, where there is one, the location: malformed JSON,
 * other geometry types, features without geometry, empty collections, unclosed rings, rings with
 * fewer than 4 positions, non-numeric or out-of-range coordinates, self-intersections and other
 * invalid topology (OGC Simple Features, as JTS checks it), areas above {@link AoiLimits}.
 *
 * <p><b>Antimeridian.</b> As RFC 7946 §3.1.9 asks, a shape crossing ±180° must arrive split into
 * parts on either side; an edge spanning more than 180° of longitude is refused as an unsplit
 * crossing. A split shape is accepted and its bounding box then has {@code west > east}.
 *
 * <p><b>Poles.</b> Imagery is processed on UTM grids, which span 80°S to 84°N; vertices outside that
 * band are refused (Sentinel-2 land acquisitions stop at 56°S and 82.8°N anyway).
 *
 * <p><b>Area</b> is computed on the WGS84 ellipsoid, exactly for RFC 7946 edges (straight in
 * longitude/latitude), by an equal-area (authalic) integral: see {@code EllipsoidalArea}.
 */
public final class Aoi {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final MultiPolygon geometry;
    private final double areaM2;
    private final BoundingBox bbox;

    private Aoi(MultiPolygon geometry) {
        this.geometry = geometry;
        this.areaM2 = EllipsoidalArea.of(geometry);
        this.bbox = boundingBox(geometry);
    }

    /** Parses GeoJSON text with the default limits. */
    public static Aoi parse(String geojson) {
        return parse(geojson, AoiLimits.DEFAULT);
    }

    /**
     * Parses and validates GeoJSON text.
     *
     * @throws InvalidAoiException when the text is not a valid polygonal GeoJSON
     * @throws AoiTooLargeException when it is valid but larger than {@code limits} allow
     */
    public static Aoi parse(String geojson, AoiLimits limits) {
        Objects.requireNonNull(geojson, "geojson");
        Object tree;
        try {
            tree = JsonReader.parse(geojson);
        } catch (MalformedJsonException e) {
            throw new InvalidAoiException(MALFORMED_JSON, "", e.getMessage(), null);
        }
        return fromJsonTree(tree, limits);
    }

    /**
     * Validates GeoJSON that is already parsed into plain values ({@code Map}, {@code List},
     * {@code String}, {@code Number}), as a JSON framework's untyped binding produces. Pointers in
     * errors are relative to {@code tree}.
     */
    public static Aoi fromJsonTree(Object tree, AoiLimits limits) {
        Objects.requireNonNull(limits, "limits");
        List<Part> parts = new GeoJsonAoiReader(FACTORY, limits.maxVertices()).read(tree);
        parts.forEach(AoiValidator::check);
        Aoi aoi = new Aoi(merge(parts));
        if (aoi.areaM2 > limits.maxAreaM2()) {
            throw new AoiTooLargeException(aoi.areaM2, limits.maxAreaM2());
        }
        return aoi;
    }

    private static MultiPolygon merge(List<Part> parts) {
        Geometry merged = parts.size() == 1
                ? parts.getFirst().geometry()
                : UnaryUnionOp.union(parts.stream().map(Part::geometry).toList());
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < merged.getNumGeometries(); i++) {
            polygons.add(rfc7946Orientation((Polygon) merged.getGeometryN(i)));
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon rfc7946Orientation(Polygon polygon) {
        LinearRing shell = orient(polygon.getExteriorRing(), true);
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = orient(polygon.getInteriorRingN(i), false);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing orient(LinearRing ring, boolean counterClockwise) {
        boolean isCcw = EllipsoidalArea.ring(ring.getCoordinates()) > 0;
        return isCcw == counterClockwise ? ring : ring.reverse();
    }

    /**
     * The smallest longitude interval holding every polygon, found as the complement of the widest
     * gap between them on the circle; it wraps past ±180° only when that gap does not.
     */
    private static BoundingBox boundingBox(MultiPolygon geometry) {
        double[][] spans = new double[geometry.getNumGeometries()][];
        double south = 90;
        double north = -90;
        for (int i = 0; i < spans.length; i++) {
            var env = geometry.getGeometryN(i).getEnvelopeInternal();
            spans[i] = new double[] {env.getMinX(), env.getMaxX()};
            south = Math.min(south, env.getMinY());
            north = Math.max(north, env.getMaxY());
        }
        Arrays.sort(spans, Comparator.comparingDouble(s -> s[0]));
        double west = spans[0][0];
        double east = Arrays.stream(spans).mapToDouble(s -> s[1]).max().orElseThrow();
        double widestGap = west + 360 - east;
        double reach = spans[0][1];
        for (int i = 1; i < spans.length; i++) {
            double gap = spans[i][0] - reach;
            if (gap > widestGap) {
                widestGap = gap;
                west = spans[i][0];
                east = reach;
            }
            reach = Math.max(reach, spans[i][1]);
        }
        return new BoundingBox(west, south, east, north);
    }

    /** A copy of the normalised geometry (JTS geometries are mutable, so callers get their own). */
    public MultiPolygon geometry() {
        return (MultiPolygon) geometry.copy();
    }

    /** Area on the WGS84 ellipsoid, in m². */
    public double areaM2() {
        return areaM2;
    }

    /** The bounding box; {@code west > east} when the AOI is split at the antimeridian. */
    public BoundingBox bbox() {
        return bbox;
    }

    /** The number of polygons after merging. */
    public int polygonCount() {
        return geometry.getNumGeometries();
    }

    /** The normalised geometry as a GeoJSON MultiPolygon, coordinates to 1e-9° (0.1 mm). */
    public String toGeoJson() {
        StringBuilder out = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int p = 0; p < geometry.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(p);
            out.append(p == 0 ? "[" : ",[");
            appendRing(out, polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                out.append(',');
                appendRing(out, polygon.getInteriorRingN(h).getCoordinates());
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }

    private static void appendRing(StringBuilder out, Coordinate[] ring) {
        out.append('[');
        for (int i = 0; i < ring.length; i++) {
            out.append(i == 0 ? "[" : ",[")
                    .append(format(ring[i].x))
                    .append(',')
                    .append(format(ring[i].y))
                    .append(']');
        }
        out.append(']');
    }

    private static String format(double degrees) {
        String s = String.format(Locale.ROOT, "%.9f", degrees);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aoi other && geometry.equalsExact(other.geometry);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(areaM2);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Aoi[%d polygon(s), %.3f km²]", polygonCount(), areaM2 / 1e6);
    }
}
