/**
 * Serving: {@link landcover.mlops.serving.PredictionService} classifies an AOI for any years with each
 * year's {@code production} model and stores the result rasters ({@link
 * landcover.mlops.serving.ResultStore}); {@link landcover.mlops.serving.ModelDeployments} runs each
 * served (year, alias) in a pool of local replicas with bounded queues and swaps versions on
 * promotion without failing a request; {@link landcover.mlops.serving.ServingMetrics} is where it all
 * gets reported. Start at {@link landcover.mlops.serving.PredictionServices}.
 */
package landcover.mlops.serving;
