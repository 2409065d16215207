package landcover.mlops.pipeline.truth;

import java.util.Locale;

/** How a ground-truth batch is written. */
public enum BatchFormat {
    /** RFC 7946 GeoJSON: a FeatureCollection (or Feature) of Points, MultiPoints, Polygons, MultiPolygons. */
    GEOJSON,
    /** CSV with a header naming {@code lon}, {@code lat} and the label column; one point per line. */
    CSV;

    /** The format a text is written in: GeoJSON when it starts with {@code {}, else CSV. */
    public static BatchFormat sniff(String content) {
        return content.stripLeading().startsWith("{") ? GEOJSON : CSV;
    }

    /** The lower-case name, as stored and shown. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
