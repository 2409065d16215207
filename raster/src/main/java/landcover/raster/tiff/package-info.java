/**
 * GeoTIFF and Cloud-Optimized GeoTIFF codec: {@link landcover.raster.tiff.GeoTiff} opens a file or
 * any {@link landcover.raster.tiff.RangeReader} as a {@link landcover.raster.tiff.GeoTiffReader}
 * (header as {@link landcover.raster.tiff.GeoTiffInfo}, window reads at any overview level);
 * {@link landcover.raster.tiff.CogWriter} writes a {@link landcover.raster.Raster} as a COG.
 * Everything goes through byte ranges, so the same reader serves local files and HTTP objects.
 */
package landcover.raster.tiff;
