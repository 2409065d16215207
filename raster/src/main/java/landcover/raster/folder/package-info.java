/**
 * Folders of Sentinel-2 band files read for an area ({@link landcover.raster.folder.BandFolder}):
 * which file is which band and season, each scene's processing baseline, and window reads of only
 * what an output grid needs ({@link landcover.raster.folder.WindowReads}).
 */
package landcover.raster.folder;
