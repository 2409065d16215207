package landcover.raster.grid;

import java.util.ArrayList;
import java.util.List;
import landcover.domain.aoi.Aoi;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Brings an AOI's rings into a grid's CRS and pixel space. Edges are densified first, in
 * longitude/latitude: an AOI edge is a straight line in lon/lat (RFC 7946), which is a curve in UTM,
 * so a long edge projected from its two ends alone would cut the corner. With at most {@value
 * #MAX_STEP_DEGREES}° between vertices the projected chord stays within about 5 mm of the true edge
 * at 37°N (sagitta s²·tanφ/8R for s ≈ 550 m), far below a pixel.
 */
final class AoiProjection {
    static final double MAX_STEP_DEGREES = 0.005;

    private AoiProjection() {}

    /** Every ring (shells and holes of every polygon), densified and projected, as interleaved x,y. */
    static List<double[]> rings(Aoi aoi, EpsgCode crs) {
        MultiPolygon geometry = aoi.geometry();
        CrsTransform transform = CrsTransform.of(EpsgCode.WGS84, crs);
        List<double[]> rings = new ArrayList<>();
        for (int p = 0; p < geometry.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(p);
            rings.add(densified(polygon.getExteriorRing().getCoordinates()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(densified(polygon.getInteriorRingN(h).getCoordinates()));
            }
        }
        rings.forEach(transform::transformInPlace);
        return rings;
    }

    /** A closed ring with intermediate vertices so no step exceeds {@link #MAX_STEP_DEGREES}. */
    static double[] densified(Coordinate[] ring) {
        int count = 1;
        for (int i = 1; i < ring.length; i++) {
            count += steps(ring[i - 1], ring[i]);
        }
        double[] xy = new double[2 * count];
        xy[0] = ring[0].x;
        xy[1] = ring[0].y;
        int k = 2;
        for (int i = 1; i < ring.length; i++) {
            Coordinate a = ring[i - 1];
            Coordinate b = ring[i];
            int n = steps(a, b);
            for (int s = 1; s < n; s++) {
                xy[k++] = a.x + (b.x - a.x) * s / n;
                xy[k++] = a.y + (b.y - a.y) * s / n;
            }
            xy[k++] = b.x;
            xy[k++] = b.y;
        }
        return xy;
    }

    private static int steps(Coordinate a, Coordinate b) {
        double span = Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y));
        return Math.max(1, (int) Math.ceil(span / MAX_STEP_DEGREES));
    }

    /** Replaces CRS coordinates by fractional pixel coordinates (col, row) of {@code transform}, in place. */
    static void toPixels(List<double[]> rings, GeoTransform transform) {
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                double x = ring[i];
                double y = ring[i + 1];
                ring[i] = transform.col(x, y);
                ring[i + 1] = transform.row(x, y);
            }
        }
    }
}
