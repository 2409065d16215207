package landcover.mlops.serving;

import landcover.domain.InvalidValueException;

/**
 * Pixel counts of one year's prediction over an AOI, on its 10 m UTM output grid.
 *
 * @param aoi pixels whose centre lies inside the AOI
 * @param classified of those, pixels with every feature and hence a class
 * @param nodata of those, pixels without a class ({@code aoi - classified})
 */
public record PixelCounts(long aoi, long classified, long nodata) {
    public PixelCounts {
        if (aoi < 0 || classified < 0 || nodata < 0 || classified + nodata != aoi) {
            throw new InvalidValueException("pixels", aoi + " AOI pixels != " + classified + " + " + nodata);
        }
    }

    /** Share of AOI pixels without a class, 0 to 1 (1 for an AOI that holds no pixel centre). */
    public double nodataRatio() {
        return aoi == 0 ? 1.0 : (double) nodata / aoi;
    }
}
