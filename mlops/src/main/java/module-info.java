/**
 * The model lifecycle: training and evaluation ({@code train}), compiled-forest inference
 * ({@code inference}), the model registry ({@code registry}), the retraining pipeline
 * ({@code pipeline}), serving with shadow mirroring ({@code serving}), monitoring
 * ({@code monitoring}) and orchestration ({@code orchestration}). Knows neither Helidon nor JavaFX.
 */
module landcover.mlops {
    requires transitive landcover.domain;
    requires transitive landcover.raster;
    // Smile 6.3 ships no module descriptor: smile-core and smile-base are automatic modules named by
    // their manifests' Automatic-Module-Name (smile.core, smile.base). Only landcover.mlops.train
    // uses them; no Smile type appears in an exported signature.
    requires smile.core;
    requires smile.base;
    // Smile's public API overloads name java.sql types (Tuple.of(ResultSet), DataFrame.of(ResultSet));
    // the compiler needs them to resolve our calls, and Smile's classes link against them at run time.
    requires java.sql;
    // java.awt and javax.imageio draw and encode the confusion-matrix PNG (headless; no display).
    requires java.desktop;

    exports landcover.mlops;
    exports landcover.mlops.inference;
    exports landcover.mlops.train;
    exports landcover.mlops.train.data;
}
