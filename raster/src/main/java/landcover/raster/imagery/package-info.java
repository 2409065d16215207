/**
 * Imagery sources: the {@link landcover.raster.imagery.ImagerySource} interface that turns a year, an
 * AOI and feature names into a feature stack with an honest report of what was missing, the season
 * calendar ({@link landcover.raster.imagery.SeasonCalendar}), and {@link
 * landcover.raster.imagery.ImagerySources}, which combines per-year sources. Implementations: the
 * local catalog ({@code landcover.raster.imagery.catalog}), STAC + COG ({@code
 * landcover.raster.imagery.stac}), and the sample region ({@code landcover.raster.imagery.sample}).
 */
package landcover.raster.imagery;
