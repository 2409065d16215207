/**
 * Ground truth for retraining: batches of labelled points and polygons per year (GeoJSON or CSV),
 * checked against the class scheme and the year's imagery, stored immutable and content-hashed
 * ({@link landcover.mlops.pipeline.truth.GroundTruthStore}), with duplicate locations reported and
 * the model versions trained on each batch recorded.
 */
package landcover.mlops.pipeline.truth;
