/**
 * Compiled random-forest inference: {@link landcover.mlops.inference.CompiledForest} (a forest as
 * flat primitive arrays), {@link landcover.mlops.inference.ForestPredictor} (the per-thread block
 * kernel), {@link landcover.mlops.inference.ForestFormat} (the versioned binary model file) and
 * {@link landcover.mlops.inference.FeatureSchema} (the feature order a model reads). No Smile here:
 * serving loads models without the training library.
 */
package landcover.mlops.inference;
