/**
 * In-memory rasters ({@link landcover.raster.Raster}: float bands on one grid) and the raster
 * module's error type ({@link landcover.raster.RasterException}).
 */
package landcover.raster;
