package landcover.raster.imagery;

import java.util.List;
import java.util.Objects;
import landcover.raster.Raster;
import landcover.raster.grid.AoiMask;

/**
 * The features of an AOI for one year, with what was missing.
 *
 * @param features FLOAT32 bands named and ordered as requested, on the AOI's 10 m UTM output grid
 *     ({@code mask.windowGrid()}); NaN where a feature has no data, and outside the AOI
 * @param mask which pixels of the grid belong to the AOI
 * @param seasons per configured season of the year, how its composite turned out over the AOI
 * @param nodataShare share of the AOI's pixels where at least one feature is NaN, 0 to 1
 * @param stats what the read cost
 */
public record FeatureRead(
        Raster features, AoiMask mask, List<SeasonReport> seasons, double nodataShare, ReadStats stats) {
    public FeatureRead {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(stats, "stats");
        seasons = List.copyOf(seasons);
    }
}
