package landcover.raster.tiff;

/**
 * How each overview pixel is computed from the 2 × 2 pixels of the level above it (overviews are
 * built level by level, each from the previous one, as GDAL does). Nodata and NaN samples are left
 * out; a pixel with no valid sample is nodata. Edge pixels of odd-sized levels use the 1 or 2
 * samples that exist.
 */
public enum Resampling {
    /** The top-left sample of the 2 × 2 block (valid or not): cheap, keeps exact values. */
    NEAREST,
    /** Mean of the valid samples; integer types round half up and stay in range. For continuous data. */
    AVERAGE,
    /**
     * The most frequent valid value; ties go to the value met first in row-major order. For class
     * rasters: keeps class codes, unlike averaging.
     */
    MODE
}
