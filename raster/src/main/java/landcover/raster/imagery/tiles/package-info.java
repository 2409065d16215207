/**
 * True-colour basemap tiles: {@link landcover.raster.imagery.tiles.BasemapRenderer} renders XYZ
 * Web Mercator PNG tiles of a year's composites, with the stretch and PNG encoding of {@link
 * landcover.raster.imagery.tiles.TrueColour} and the tile arithmetic of {@link
 * landcover.raster.imagery.tiles.TileKey}.
 */
package landcover.raster.imagery.tiles;
