/**
 * Grid geometry: CRS codes ({@link landcover.raster.grid.EpsgCode}), affine geotransforms in GDAL
 * order ({@link landcover.raster.grid.GeoTransform}), grids ({@link
 * landcover.raster.grid.GridGeometry}) and pixel windows ({@link landcover.raster.grid.PixelWindow}).
 */
package landcover.raster.grid;
