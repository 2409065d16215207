/**
 * The model lifecycle's pipeline: the embedded bootstrap (first models), and retraining — ground
 * truth in, resumable, cached steps (extract features, merge, split, train, evaluate, register,
 * decide), one run per year at a time, champion and challenger scored on the same holdout, the
 * decision applied through a {@link landcover.mlops.pipeline.ModelRollout}. Start at {@link
 * landcover.mlops.pipeline.Lifecycle}.
 */
package landcover.mlops.pipeline;
