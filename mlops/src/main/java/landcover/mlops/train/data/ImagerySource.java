package landcover.mlops.train.data;

import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.raster.Raster;

/**
 * Where training features come from: the feature bands of a year over an area, one named band per
 * feature, on one grid. A user's GeoTIFF stack ({@link #of(Raster)}) ignores the year; the
 * Sentinel-2 sources assemble seasonal composites for it.
 */
@FunctionalInterface
public interface ImagerySource {
    /**
     * The feature bands of {@code year} covering {@code area} (at least its bounding box).
     *
     * @throws landcover.raster.RasterException when there is no imagery for the area or year
     */
    Raster features(Year year, Aoi area);

    /** A fixed, already-read stack, whatever the year and area. */
    static ImagerySource of(Raster stack) {
        return (year, area) -> stack;
    }
}
