/**
 * The landcover process: entry point, configuration, command-line interface, and (in later
 * issues) the REST and gRPC edges. Holds no business rules; it validates input, calls the lower
 * modules and maps their errors to exit codes and problem+json.
 */
module landcover.server {
    requires landcover.mlops;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.logging; // quiets Flyway's INFO lines (java.util.logging) in CLI output

    // picocli injects options into command fields and reads their annotations reflectively.
    opens landcover.server.cli to
            info.picocli;
}
