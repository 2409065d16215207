package landcover.raster.grid;

/**
 * How a value is picked when a pixel of one grid is filled from another grid.
 *
 * <p>The feature stack uses {@link #NEAREST} for everything (see docs/raster.md): it creates no new
 * values, it is what the published method and Sen2Cor-style products do for Sentinel-2's 20 m and
 * 60 m bands, and the same choice is made in training and serving.
 */
public enum Resampling {
    /** The source pixel whose area holds the target pixel's centre. Required for classes and SCL. */
    NEAREST,
    /**
     * Bilinear interpolation between the four source pixel centres around the target centre; nodata
     * neighbours are left out and the remaining weights renormalised (as GDAL does). Smooths
     * reflectance; never use it for classes.
     */
    BILINEAR
}
