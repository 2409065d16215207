package landcover.raster.features;

import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;

/** Grids of the real Málaga data, as gdalinfo reports them. */
final class FeatureStackTestGrids {
    /** chip_all_bands at 10 m (B02_10m.jp2). */
    static final GridGeometry CHIP_10M =
            new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(367910, 4064740, 10, 10), 60, 36);

    private FeatureStackTestGrids() {}
}
