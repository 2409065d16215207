/**
 * Feature stacks: feature names and the candidate space ({@link landcover.raster.features.Feature},
 * {@link landcover.raster.features.FeatureSpace}), ordered lists with their content hash ({@link
 * landcover.raster.features.FeatureList}), spectral indices ({@link
 * landcover.raster.features.SpectralIndex}), terrain ({@link landcover.raster.features.TerrainOp})
 * and stack assembly ({@link landcover.raster.features.FeatureStackOp}).
 */
package landcover.raster.features;
