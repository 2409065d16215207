package landcover.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import landcover.domain.ModelName;
import landcover.mlops.registry.DatabaseSettings;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.RegistrySettings;
import picocli.CommandLine.Option;

/**
 * Where the registry is, shared by every {@code landcover models} command: {@code --data-dir}
 * (embedded: H2 file and artifact files) or {@code --jdbc-url} with {@code --store-url} (cluster:
 * PostgreSQL and S3). S3 credentials come from the AWS default chain (AWS_ACCESS_KEY_ID, …).
 */
final class RegistryOptions {
    // Flyway logs through java.util.logging at INFO; CLI output keeps to results and errors. Held
    // in a field because JUL keeps loggers only weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Embedded registry: H2 database and artifacts under DIR.")
    Path dataDir;

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description = "Cluster registry database, e.g. jdbc:postgresql://db/landcover.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user.")
    String jdbcUser;

    @Option(
            names = "--jdbc-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the database password.")
    String jdbcPasswordEnv;

    @Option(
            names = "--store-url",
            paramLabel = "URL",
            description = "Artifact store for --jdbc-url: s3://bucket/prefix?endpoint=http://host:9000 or a directory.")
    String storeUrl;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            defaultValue = "landcover",
            description = "Model line (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    /** The settings the options describe. */
    RegistrySettings settings() {
        if (dataDir != null && (jdbcUrl != null || storeUrl != null)) {
            throw new BadInputException("give either --data-dir or --jdbc-url with --store-url, not both");
        }
        if (dataDir != null) {
            return RegistrySettings.embedded(dataDir);
        }
        if (jdbcUrl == null || storeUrl == null) {
            throw new BadInputException("name the registry: --data-dir DIR, or --jdbc-url URL and --store-url URL");
        }
        return new RegistrySettings(
                new DatabaseSettings(jdbcUrl, jdbcUser, password()), storeUrl, null, Clock.systemUTC());
    }

    private String password() {
        if (jdbcPasswordEnv == null) {
            return null;
        }
        String value = System.getenv(jdbcPasswordEnv);
        if (value == null) {
            throw new BadInputException("--jdbc-password-env: environment variable " + jdbcPasswordEnv + " is not set");
        }
        return value;
    }

    /** Opens the registry (the caller closes it). */
    ModelRegistry open() {
        FLYWAY_LOG.setLevel(Level.WARNING);
        return ModelRegistries.open(settings());
    }

    ModelName modelName() {
        return new ModelName(model);
    }
}
