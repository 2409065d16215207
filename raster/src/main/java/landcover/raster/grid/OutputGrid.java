package landcover.raster.grid;

import java.util.List;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.BoundingBox;

/**
 * The grid an AOI's features and predictions are produced on, whatever tiles or UTM zones its
 * imagery comes from:
 *
 * <ul>
 *   <li>CRS: WGS 84 / UTM, the zone (and hemisphere) holding the centre of the AOI's bounding box
 *       (standard 6° zones, no Norway/Svalbard exceptions; across the antimeridian the box's centre
 *       is taken on the wrapped side);
 *   <li>extent: the envelope of the AOI projected into that zone (edges densified), snapped outward
 *       to multiples of the resolution, so pixels sit on the same lattice as the Sentinel-2 tiles of
 *       that zone (their corners are multiples of 60 m) and copy across without resampling.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class OutputGrid {
    private OutputGrid() {}

    /** The UTM zone of the centre of the AOI's bounding box. */
    public static EpsgCode utmZoneOf(Aoi aoi) {
        BoundingBox b = aoi.bbox();
        double lon = b.west() + b.widthDegrees() / 2;
        if (lon > 180) {
            lon -= 360;
        }
        return EpsgCode.utmFor(lon, (b.south() + b.north()) / 2);
    }

    /**
     * The grid covering the AOI at {@code resolution} metres in the UTM zone of its centre.
     *
     * @param resolution pixel size in metres, e.g. 10
     */
    public static GridGeometry forAoi(Aoi aoi, double resolution) {
        return forAoi(aoi, utmZoneOf(aoi), resolution);
    }

    /** The grid covering the AOI at {@code resolution} in a given projected CRS (metres). */
    public static GridGeometry forAoi(Aoi aoi, EpsgCode crs, double resolution) {
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("resolution must be positive, was " + resolution);
        }
        List<double[]> rings = AoiProjection.rings(aoi, crs);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        double x0 = Math.floor(minX / resolution) * resolution;
        double y1 = Math.ceil(maxY / resolution) * resolution;
        int width = (int) Math.max(1, Math.ceil((maxX - x0) / resolution));
        int height = (int) Math.max(1, Math.ceil((y1 - minY) / resolution));
        return new GridGeometry(crs, GeoTransform.northUp(x0, y1, resolution, resolution), width, height);
    }
}
