package landcover.mlops.train.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import landcover.domain.DomainException;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import landcover.mlops.MlopsException;

/**
 * Reads ground-truth files: GeoJSON (a FeatureCollection or Feature of Points, MultiPoints, Polygons
 * or MultiPolygons; the label is a property) or CSV with {@code lon}/{@code lat} (or {@code
 * longitude}/{@code latitude}) columns and a label column.
 */
public final class LabelFiles {
    private LabelFiles() {}

    /**
     * Reads a label file, chosen by content ({@code {} starts GeoJSON).
     *
     * @param labelField the property or column holding the class
     * @throws MlopsException for an empty file, a missing label field or malformed geometry
     */
    public static List<LabelledGeometry> read(Path file, String labelField) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new MlopsException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (text.isEmpty()) {
            throw new MlopsException(file + ": the label file is empty");
        }
        List<LabelledGeometry> out =
                text.startsWith("{") ? geoJson(file, text, labelField) : csv(file, text, labelField);
        if (out.isEmpty()) {
            throw new MlopsException(file + ": no labelled points or polygons");
        }
        return out;
    }

    private static List<LabelledGeometry> geoJson(Path file, String text, String field) {
        Object root;
        try {
            root = JsonReader.parse(text);
        } catch (MalformedJsonException e) {
            throw new MlopsException(file + ": " + e.getMessage());
        }
        List<?> features = root instanceof Map<?, ?> m
                        && "FeatureCollection".equals(m.get("type"))
                        && m.get("features") instanceof List<?> l
                ? l
                : List.of(root);
        List<LabelledGeometry> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String id = "feature " + i;
            if (!(features.get(i) instanceof Map<?, ?> f) || !(f.get("geometry") instanceof Map<?, ?> g)) {
                throw new MlopsException(file + ": " + id + " is not a GeoJSON Feature with a geometry");
            }
            Object label = f.get("properties") instanceof Map<?, ?> p ? p.get(field) : null;
            if (label == null) {
                throw new MlopsException(file + ": " + id + " has no property '" + field + "'");
            }
            addGeometry(file, id, labelText(label), g, out);
        }
        return out;
    }

    private static void addGeometry(Path file, String id, String label, Map<?, ?> g, List<LabelledGeometry> out) {
        Object type = g.get("type");
        try {
            if ("Point".equals(type) && g.get("coordinates") instanceof List<?> c) {
                out.add(LabelledGeometry.point(id, label, number(c, 0), number(c, 1)));
            } else if ("MultiPoint".equals(type) && g.get("coordinates") instanceof List<?> points) {
                for (int k = 0; k < points.size(); k++) {
                    List<?> c = (List<?>) points.get(k);
                    out.add(LabelledGeometry.point(id + " point " + k, label, number(c, 0), number(c, 1)));
                }
            } else if ("Polygon".equals(type) || "MultiPolygon".equals(type)) {
                out.add(LabelledGeometry.polygon(id, label, Aoi.fromJsonTree(g, AoiLimits.UNLIMITED)));
            } else {
                throw new MlopsException(file + ": " + id + " has geometry type " + type + " (use Point or Polygon)");
            }
        } catch (DomainException | ClassCastException | IndexOutOfBoundsException e) {
            throw new MlopsException(file + ": " + id + " has invalid geometry: " + e.getMessage());
        }
    }

    private static double number(List<?> c, int i) {
        return ((Number) c.get(i)).doubleValue();
    }

    private static String labelText(Object label) {
        if (label instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString(d.longValue());
        }
        return label.toString();
    }

    private static List<LabelledGeometry> csv(Path file, String text, String field) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = Csv.split(lines.getFirst(), ',', file + ":1").stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int lon = Math.max(header.indexOf("lon"), header.indexOf("longitude"));
        int lat = Math.max(header.indexOf("lat"), header.indexOf("latitude"));
        int label = header.indexOf(field.toLowerCase(Locale.ROOT));
        if (lon < 0 || lat < 0 || label < 0) {
            throw new MlopsException(file + ": needs columns lon, lat and '" + field + "' (has " + header + ")");
        }
        List<LabelledGeometry> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = Csv.split(lines.get(i), ',', file + ":" + (i + 1));
            try {
                out.add(LabelledGeometry.point(
                        "line " + (i + 1),
                        f.get(label).strip(),
                        Double.parseDouble(f.get(lon)),
                        Double.parseDouble(f.get(lat))));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new MlopsException(file + ":" + (i + 1) + ": needs numeric lon and lat and a label");
            }
        }
        return out;
    }
}
