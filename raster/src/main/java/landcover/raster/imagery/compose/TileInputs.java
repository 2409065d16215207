package landcover.raster.imagery.compose;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import landcover.raster.Raster;
import landcover.raster.imagery.ReadStats;

/**
 * What one tile (or catalog sub-tile) contributes to an AOI read: per season its composite bands
 * over the part of the tile's grid the AOI needs, terrain over the same window, and the scenes the
 * composites were made of.
 *
 * @param tile the tile or sub-tile id
 * @param composites per season, physical bands on a window of the tile's 10 m grid (nodata NaN)
 * @param terrain {@code elevation, slope, aspect} on the same window, when features need terrain
 * @param scenes per season, the acquisitions used (empty list when the season had none)
 * @param stats what reading cost
 */
public record TileInputs(
        String tile,
        Map<String, Raster> composites,
        Optional<Raster> terrain,
        Map<String, List<String>> scenes,
        ReadStats stats) {
    public TileInputs {
        Objects.requireNonNull(tile, "tile");
        composites = Map.copyOf(composites);
        Objects.requireNonNull(terrain, "terrain");
        scenes = Map.copyOf(scenes);
        Objects.requireNonNull(stats, "stats");
    }
}
