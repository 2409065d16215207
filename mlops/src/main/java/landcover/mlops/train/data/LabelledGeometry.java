package landcover.mlops.train.data;

import java.util.Objects;
import landcover.domain.aoi.Aoi;

/**
 * One piece of ground truth: a point (WGS84 lon/lat) or a polygon, with its label text.
 *
 * @param id where it came from, e.g. {@code feature 3} or {@code line 7}
 * @param label the class name or code as written
 * @param lon longitude of a point, NaN for a polygon
 * @param lat latitude of a point, NaN for a polygon
 * @param polygon the polygon, or null for a point
 */
public record LabelledGeometry(String id, String label, double lon, double lat, Aoi polygon) {
    public LabelledGeometry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    /** A labelled point. */
    public static LabelledGeometry point(String id, String label, double lon, double lat) {
        return new LabelledGeometry(id, label, lon, lat, null);
    }

    /** A labelled polygon. */
    public static LabelledGeometry polygon(String id, String label, Aoi polygon) {
        return new LabelledGeometry(id, label, Double.NaN, Double.NaN, Objects.requireNonNull(polygon, "polygon"));
    }

    /** True for a point. */
    public boolean isPoint() {
        return polygon == null;
    }
}
