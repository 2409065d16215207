/**
 * The model lifecycle: training and evaluation ({@code train}), compiled-forest inference
 * ({@code inference}), the model registry ({@code registry}), the retraining pipeline
 * ({@code pipeline}), serving with shadow mirroring ({@code serving}), monitoring
 * ({@code monitoring}) and orchestration ({@code orchestration}). Knows neither Helidon nor JavaFX.
 */
module landcover.mlops {
    requires transitive landcover.domain;
    requires transitive landcover.raster;
    // Smile's public API overloads name java.sql types (Tuple.of(ResultSet)); the compiler needs them
    // to resolve our calls, and Smile's classes link against them at run time.
    requires java.sql;
    requires java.naming; // the drivers' DataSource classes implement javax.naming.Referenceable
    requires com.fasterxml.jackson.databind;
    // Reads the alert rule file (YAML) the embedded server evaluates; an explicit module in its jar.
    requires com.fasterxml.jackson.dataformat.yaml;
    // registry: automatic modules (Automatic-Module-Name in their jars, except flyway.core whose
    // name comes from the jar file name; Flyway publishes no module name).
    requires com.h2database;
    requires org.postgresql.jdbc;
    requires flyway.core;
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.identity.spi;
    // Smile 6.3 ships no module descriptor: smile-core and smile-base are automatic modules named by
    // their manifests' Automatic-Module-Name (smile.core, smile.base). Only landcover.mlops.train
    // uses them; no Smile type appears in an exported signature.
    requires smile.core;
    requires smile.base;
    // java.awt and javax.imageio draw and encode the confusion-matrix PNG (headless; no display).
    requires java.desktop;

    // Prometheus client_java 1.x (automatic modules, Automatic-Module-Name in each jar), used only
    // in landcover.mlops.monitoring. The model module is transitive: LandcoverMetrics#registry()
    // hands out its PrometheusRegistry so other parts can register their families.
    requires transitive io.prometheus.metrics.model;
    requires io.prometheus.metrics.core;
    requires io.prometheus.writer.text;
    requires io.prometheus.metrics.instrumentation.jvm;

    exports landcover.mlops;
    exports landcover.mlops.inference;
    exports landcover.mlops.monitoring;
    exports landcover.mlops.monitoring.alerts;
    exports landcover.mlops.pipeline;
    exports landcover.mlops.pipeline.policy;
    exports landcover.mlops.pipeline.truth;
    exports landcover.mlops.registry;
    exports landcover.mlops.serving;
    exports landcover.mlops.serving.shadow;
    exports landcover.mlops.train;
    exports landcover.mlops.train.data;
}
