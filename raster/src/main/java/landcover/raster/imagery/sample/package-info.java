/**
 * The synthetic sample region ({@link landcover.raster.imagery.sample.SampleRegion}): Sentinel-2 L2A
 * scenes, DEM, class maps and validated points generated from a known world, deterministically, and
 * labelled synthetic everywhere. Where the files go: {@link landcover.raster.imagery.sample.SampleFiles}.
 */
package landcover.raster.imagery.sample;
