/**
 * The model lifecycle's pipeline: the embedded mode's first start ({@link
 * landcover.mlops.pipeline.BootstrapOp}: sample region, imagery catalog, one registered and promoted
 * baseline per sample year, idempotent) with the data directory's layout ({@link
 * landcover.mlops.pipeline.EmbeddedLayout}); and retraining — ground truth in, resumable, cached steps
 * (extract features, merge, split, train, evaluate, register, decide), one run per year at a time,
 * champion and challenger scored on the same holdout, the decision applied through a {@link
 * landcover.mlops.pipeline.ModelRollout}. Start retraining at {@link landcover.mlops.pipeline.Lifecycle}.
 */
package landcover.mlops.pipeline;
