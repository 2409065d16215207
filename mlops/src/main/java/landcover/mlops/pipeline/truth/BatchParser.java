package landcover.mlops.pipeline.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import landcover.domain.DomainException;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import landcover.mlops.train.data.LabelledGeometry;

/**
 * Reads the items of a ground-truth batch. Each item's id names where it is in the input, so
 * problems can point at it: {@code features[3]}, {@code features[3].coordinates[1]} for a MultiPoint
 * member, {@code line 7} for CSV. Labels are kept as written (a class name or code). Stateless.
 */
final class BatchParser {
    /** The most items one batch may hold. */
    static final int MAX_ITEMS = 200_000;

    private BatchParser() {}

    static List<LabelledGeometry> parse(String content, BatchFormat format, String labelField) {
        List<LabelledGeometry> items =
                format == BatchFormat.GEOJSON ? geoJson(content, labelField) : csv(content, labelField);
        if (items.isEmpty()) {
            throw InvalidGroundTruthException.malformed("content", "the batch holds no labelled points or polygons");
        }
        if (items.size() > MAX_ITEMS) {
            throw InvalidGroundTruthException.malformed(
                    "content", "the batch holds " + items.size() + " items; at most " + MAX_ITEMS + " per batch");
        }
        return items;
    }

    private static List<LabelledGeometry> geoJson(String content, String field) {
        Object root;
        try {
            root = JsonReader.parse(content);
        } catch (MalformedJsonException e) {
            throw InvalidGroundTruthException.malformed("content", "malformed JSON: " + e.getMessage());
        }
        List<?> features;
        if (root instanceof Map<?, ?> m && "FeatureCollection".equals(m.get("type"))) {
            if (!(m.get("features") instanceof List<?> list)) {
                throw InvalidGroundTruthException.malformed("features", "a FeatureCollection needs a features array");
            }
            features = list;
        } else if (root instanceof Map<?, ?> m && "Feature".equals(m.get("type"))) {
            features = List.of(m);
        } else {
            throw InvalidGroundTruthException.malformed(
                    "type", "GeoJSON ground truth is a FeatureCollection or a Feature with a '" + field + "' property");
        }
        List<LabelledGeometry> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            feature("features[" + i + "]", features.get(i), field, out);
        }
        return out;
    }

    private static void feature(String id, Object item, String field, List<LabelledGeometry> out) {
        if (!(item instanceof Map<?, ?> f) || !(f.get("geometry") instanceof Map<?, ?> g)) {
            throw InvalidGroundTruthException.malformed(id, id + " is not a GeoJSON Feature with a geometry");
        }
        Object label = f.get("properties") instanceof Map<?, ?> p ? p.get(field) : null;
        if (label == null) {
            throw InvalidGroundTruthException.malformed(
                    id + ".properties." + field, id + " has no '" + field + "' property");
        }
        geometry(id, labelText(label), g, out);
    }

    private static void geometry(String id, String label, Map<?, ?> g, List<LabelledGeometry> out) {
        Object type = g.get("type");
        try {
            if ("Point".equals(type)) {
                out.add(point(id, label, (List<?>) g.get("coordinates")));
            } else if ("MultiPoint".equals(type)) {
                List<?> points = (List<?>) g.get("coordinates");
                for (int k = 0; k < points.size(); k++) {
                    out.add(point(id + ".coordinates[" + k + "]", label, (List<?>) points.get(k)));
                }
            } else if ("Polygon".equals(type) || "MultiPolygon".equals(type)) {
                out.add(LabelledGeometry.polygon(id, label, Aoi.fromJsonTree(g, AoiLimits.UNLIMITED)));
            } else {
                throw InvalidGroundTruthException.malformed(
                        id + ".geometry.type", id + " has geometry type " + type + "; use Point or Polygon");
            }
        } catch (DomainException e) {
            throw InvalidGroundTruthException.malformed(
                    id + ".geometry", id + " has invalid geometry: " + e.getMessage());
        } catch (ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            throw InvalidGroundTruthException.malformed(id + ".geometry", id + " has malformed coordinates");
        }
    }

    private static LabelledGeometry point(String id, String label, List<?> c) {
        double lon = ((Number) c.get(0)).doubleValue();
        double lat = ((Number) c.get(1)).doubleValue();
        checkLonLat(id, lon, lat);
        return LabelledGeometry.point(id, label, lon, lat);
    }

    private static void checkLonLat(String id, double lon, double lat) {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw InvalidGroundTruthException.malformed(
                    id, id + " has coordinates " + lon + ", " + lat + " outside WGS84 longitude/latitude");
        }
    }

    private static String labelText(Object label) {
        if (label instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString(d.longValue());
        }
        return label.toString();
    }

    private static List<LabelledGeometry> csv(String content, String field) {
        List<String> lines = content.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw InvalidGroundTruthException.malformed("content", "the batch is empty");
        }
        List<String> header = split(lines.get(first)).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int lon = Math.max(header.indexOf("lon"), header.indexOf("longitude"));
        int lat = Math.max(header.indexOf("lat"), header.indexOf("latitude"));
        int label = header.indexOf(field.toLowerCase(Locale.ROOT));
        if (lon < 0 || lat < 0 || label < 0) {
            throw InvalidGroundTruthException.malformed(
                    "line " + (first + 1),
                    "the CSV header needs columns lon, lat and " + field + " (has " + header + ")");
        }
        List<LabelledGeometry> out = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(csvPoint("line " + (i + 1), split(lines.get(i)), lon, lat, label));
            }
        }
        return out;
    }

    private static LabelledGeometry csvPoint(String id, List<String> f, int lon, int lat, int label) {
        try {
            double x = Double.parseDouble(f.get(lon).strip());
            double y = Double.parseDouble(f.get(lat).strip());
            checkLonLat(id, x, y);
            return LabelledGeometry.point(id, f.get(label).strip(), x, y);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw InvalidGroundTruthException.malformed(id, id + " needs a numeric lon and lat and a class");
        }
    }

    /** RFC 4180 fields of one line (doubled quotes inside quoted fields). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
