package landcover.raster.imagery.stac;

import landcover.raster.imagery.ImagerySource;

/** Opens a STAC API with Sentinel-2 L2A COGs as an {@link ImagerySource}. */
public final class StacImagery {
    private StacImagery() {}

    /** A source for the settings; nothing is fetched until the first read. */
    public static ImagerySource open(StacSettings settings) {
        return new StacImagerySource(settings);
    }
}
