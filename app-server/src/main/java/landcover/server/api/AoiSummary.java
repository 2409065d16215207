package landcover.server.api;

import java.util.Objects;
import landcover.domain.aoi.BoundingBox;

/**
 * What a valid AOI measures.
 *
 * @param areaM2 area on the WGS84 ellipsoid, in m²
 * @param bbox bounding box; west > east when split at the antimeridian
 * @param polygons number of polygons after merging
 */
public record AoiSummary(double areaM2, BoundingBox bbox, int polygons) {
    public AoiSummary {
        Objects.requireNonNull(bbox, "bbox");
    }
}
