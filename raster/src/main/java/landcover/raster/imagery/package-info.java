/**
 * Imagery sources: the {@link landcover.raster.imagery.ImagerySource} interface that turns a year, an
 * AOI and feature names into a feature stack with an honest report of what was missing, the season
 * calendar ({@link landcover.raster.imagery.SeasonCalendar}) and {@link
 * landcover.raster.imagery.ImagerySources}, which builds sources from a local composite catalog or a
 * STAC API.
 */
package landcover.raster.imagery;
