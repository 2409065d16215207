package landcover.domain.aoi;

import static landcover.domain.aoi.InvalidAoiException.Problem.INVALID_TOPOLOGY;
import static landcover.domain.aoi.InvalidAoiException.Problem.SELF_INTERSECTION;
import static landcover.domain.aoi.InvalidAoiException.Problem.TOO_FEW_POSITIONS;

import java.util.Locale;
import landcover.domain.aoi.GeoJsonAoiReader.Part;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks OGC Simple Features validity with JTS ({@link IsValidOp}): simple rings, holes inside
 * their shell and not nested, a connected interior, and the polygons of one MultiPolygon not
 * overlapping. Each polygon is checked on its own first, so the JSON pointer names it; then the
 * MultiPolygon as a whole. A hole touching its shell at a single point is valid (OGC), at two
 * points it is not (it disconnects the interior).
 */
final class AoiValidator {
    private AoiValidator() {}

    static void check(Part part) {
        Geometry geometry = part.geometry();
        if (geometry instanceof Polygon) {
            check(geometry, part.pointer() + "/coordinates", part.label());
            return;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            check(geometry.getGeometryN(i), part.pointer() + "/coordinates/" + i, part.label());
        }
        check(geometry, part.pointer() + "/coordinates", part.label());
    }

    private static void check(Geometry geometry, String pointer, String label) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return;
        }
        InvalidAoiException.Problem problem = switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                SELF_INTERSECTION;
            case TopologyValidationError.TOO_FEW_POINTS -> TOO_FEW_POSITIONS;
            default -> INVALID_TOPOLOGY;
        };
        String what = error.getMessage().toLowerCase(Locale.ROOT);
        String reason = problem == TOO_FEW_POSITIONS ? "degenerate ring (fewer than 4 distinct positions)" : what;
        throw new InvalidAoiException(
                problem,
                pointer,
                reason + (label.isEmpty() ? "" : " in feature" + label),
                GeoJsonAoiReader.lonLat(error.getCoordinate()));
    }
}
