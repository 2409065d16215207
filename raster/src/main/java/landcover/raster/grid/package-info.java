/**
 * Grids and where things fall on them: CRS codes and transforms ({@link
 * landcover.raster.grid.EpsgCode}, {@link landcover.raster.grid.CrsTransform}), affine geotransforms
 * in GDAL order ({@link landcover.raster.grid.GeoTransform}), grids and windows ({@link
 * landcover.raster.grid.GridGeometry}, {@link landcover.raster.grid.PixelWindow}), AOI windows and
 * masks ({@link landcover.raster.grid.AoiRasterizer}, {@link landcover.raster.grid.AoiMask}), the
 * output grid of an AOI ({@link landcover.raster.grid.OutputGrid}), resampling between grids and
 * CRSs ({@link landcover.raster.grid.WarpOp}) and mosaics across tiles and UTM zones ({@link
 * landcover.raster.grid.MosaicOp}).
 */
package landcover.raster.grid;
