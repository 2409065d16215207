package landcover.raster.imagery.tiles;

import landcover.domain.Year;

/**
 * True-colour basemap tiles of a year's imagery (B04/B03/B02 composites, stretched as {@link
 * TrueColour} documents): XYZ tiles on Web Mercator, 256 × 256 PNG, zoom {@value TileKey#MIN_ZOOM}
 * to {@value TileKey#MAX_ZOOM}, transparent where there is no imagery. Build one over a local
 * catalog with {@code LocalCatalog.basemap(Path)}. Thread-safe.
 */
public interface BasemapRenderer {
    /**
     * A tile of the year's default season (summer when the year has one, else its first).
     *
     * @throws landcover.raster.imagery.NoImageryException when the year is not served
     * @throws landcover.domain.InvalidValueException naming z, x or y when the tile does not exist
     */
    default byte[] tile(Year year, int z, int x, int y) {
        return tile(year, null, new TileKey(z, x, y));
    }

    /**
     * A tile of one season.
     *
     * @param season the season's name, or null for the default season
     * @throws landcover.raster.RasterException naming the season when the year has no such season
     */
    byte[] tile(Year year, String season, TileKey tile);
}
