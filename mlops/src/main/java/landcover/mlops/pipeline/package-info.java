/**
 * The pipeline: for now the embedded mode's first start ({@link landcover.mlops.pipeline.BootstrapOp}:
 * sample region, imagery catalog, one registered and promoted baseline per sample year, idempotent),
 * with the data directory's layout ({@link landcover.mlops.pipeline.EmbeddedLayout}). The retraining
 * pipeline joins it later.
 */
package landcover.mlops.pipeline;
