/**
 * Sentinel-2 Level-2A processing: the band table ({@link landcover.raster.s2.S2Band}), processing
 * baselines and the BOA offset ({@link landcover.raster.s2.ProcessingBaseline}, {@link
 * landcover.raster.s2.L2aRadiometry}), scenes ({@link landcover.raster.s2.S2Scene}), SCL cloud masks
 * ({@link landcover.raster.s2.CloudMaskPolicy}) and seasonal median composites on any grid ({@link
 * landcover.raster.s2.CompositeOp} with {@link landcover.raster.s2.CompositeSettings}).
 */
package landcover.raster.s2;
