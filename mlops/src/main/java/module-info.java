/**
 * The model lifecycle: training and evaluation ({@code train}), compiled-forest inference
 * ({@code inference}), the model registry ({@code registry}), the retraining pipeline
 * ({@code pipeline}), serving with shadow mirroring ({@code serving}), monitoring
 * ({@code monitoring}) and orchestration ({@code orchestration}). Knows neither Helidon nor JavaFX.
 */
module landcover.mlops {
    requires transitive landcover.domain;
    requires transitive landcover.raster;

    exports landcover.mlops;
}
