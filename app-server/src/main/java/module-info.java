/**
 * The landcover process: entry point, configuration, command-line interface, and the REST and
 * gRPC edges (Helidon SE 4). Holds no business rules; it validates input, calls the lower modules
 * and maps their errors to exit codes, problem+json and gRPC status codes.
 */
module landcover.server {
    requires landcover.mlops;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.logging; // quiets Flyway's INFO lines (java.util.logging) in CLI output
    requires java.net.http; // the load test's client
    requires java.desktop; // the load test's PNG chart (java.awt, javax.imageio; headless)
    requires io.helidon.webserver;
    requires io.helidon.webserver.grpc;
    requires io.helidon.config;
    requires io.helidon.config.yaml;

    // gRPC and protobuf are automatic modules (Automatic-Module-Name in their jars): the generated
    // stubs in landcover.server.grpc.v1 and the standard health service need them.
    requires io.grpc;
    requires io.grpc.stub;
    requires io.grpc.protobuf;
    requires io.grpc.services;
    requires com.google.protobuf;
    // Guava, for the ListenableFuture of the generated future stubs.
    requires com.google.common;

    // picocli injects options into command fields and reads their annotations reflectively.
    opens landcover.server.cli to
            info.picocli;
    // Generated protobuf messages are read reflectively by protobuf's field accessors (toString,
    // text format) when the server runs on the module path.
    opens landcover.server.grpc.v1 to
            com.google.protobuf;
}
