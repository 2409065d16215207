package landcover.domain.aoi;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the WGS84 ellipsoid of polygons whose edges are straight in longitude/latitude, which is
 * what an edge means in RFC 7946 (§3.1.1).
 *
 * <p>Method: the map (λ, φ) → (λ, q(φ)/2), with q the authalic function of Snyder, "Map
 * Projections — A Working Manual" (USGS PP 1395, eq. 3-12), is a cylindrical equal-area projection
 * scaled by a²; by Green's theorem a ring's area is -a²/2 ∮ q(φ) dλ. Along an edge λ and φ are linear
 * in one parameter, so each edge contributes Δλ times the mean of q over the edge, integrated with
 * 5-point Gauss-Legendre quadrature (q is smooth; the error is far below a square metre for edges
 * of any length an AOI has). The result is exact up to that quadrature, not an approximation by a
 * sphere.
 */
final class EllipsoidalArea {
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);

    private static final double[] NODES = {
        0.0469100770306680, 0.2307653449471585, 0.5, 0.7692346550528415, 0.9530899229693320
    };
    private static final double[] WEIGHTS = {
        0.1184634425280945, 0.2393143352496832, 0.2844444444444444, 0.2393143352496832, 0.1184634425280945
    };

    private EllipsoidalArea() {}

    /** Area in m² of a Polygon or MultiPolygon in WGS84 degrees (holes subtracted). */
    static double of(Geometry polygonal) {
        double sum = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            sum += Math.abs(ring(p.getExteriorRing().getCoordinates()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sum -= Math.abs(ring(p.getInteriorRingN(h).getCoordinates()));
            }
        }
        return sum;
    }

    /** Signed area of a closed ring, positive when counter-clockwise. */
    static double ring(Coordinate[] ring) {
        double sum = 0;
        for (int i = 1; i < ring.length; i++) {
            double dLon = Math.toRadians(ring[i].x - ring[i - 1].x);
            if (dLon != 0) {
                sum += dLon * meanQ(Math.toRadians(ring[i - 1].y), Math.toRadians(ring[i].y));
            }
        }
        return -A * A / 2 * sum;
    }

    private static double meanQ(double lat0, double lat1) {
        double mean = 0;
        for (int k = 0; k < NODES.length; k++) {
            mean += WEIGHTS[k] * q(lat0 + NODES[k] * (lat1 - lat0));
        }
        return mean;
    }

    /** Snyder eq. 3-12. */
    static double q(double lat) {
        double s = Math.sin(lat);
        double es = E * s;
        return (1 - E2) * (s / (1 - E2 * s * s) - Math.log((1 - es) / (1 + es)) / (2 * E));
    }
}
