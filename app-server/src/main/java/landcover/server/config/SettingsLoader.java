package landcover.server.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import io.helidon.config.ConfigSources;
import io.helidon.config.yaml.YamlConfigParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import landcover.domain.ClassScheme;
import landcover.domain.InvalidValueException;
import landcover.domain.aoi.AoiLimits;
import landcover.server.security.TokenHash;

/**
 * Builds {@link ServerSettings} from the command line, the environment and an optional YAML file
 * (that order of precedence, then the defaults). The YAML keys, their environment variables and
 * defaults are listed in docs/api.md; an unknown key in the file is an error, so typos do not pass
 * silently.
 */
public final class SettingsLoader {
    /** The environment variable holding the admin token; it is hashed at once and never stored. */
    public static final String ADMIN_TOKEN_ENV = "LANDCOVER_ADMIN_TOKEN";

    /** The admin token hash file's name inside the data directory. */
    public static final String ADMIN_TOKEN_FILE = "admin-token.sha256";

    private static final Set<String> KEYS = Set.of(
            "server.host",
            "server.port",
            "server.grpc-port",
            "server.shutdown-grace-seconds",
            "data-dir",
            "security.api-access",
            "security.api-keys-file",
            "limits.max-body-bytes",
            "limits.max-aoi-area-km2",
            "limits.max-aoi-vertices",
            "limits.validation-concurrency",
            "limits.validation-queue",
            "limits.prediction-queue",
            "classes.scheme-file",
            "imagery.source",
            "imagery.path",
            "imagery.url",
            "imagery.collection");
    private static final Pattern YEAR_KEY =
            Pattern.compile("imagery\\.years\\.[0-9]{4}\\.(source|path|url|collection)");

    private SettingsLoader() {}

    /**
     * Loads and validates the settings.
     *
     * @param overrides what the command line said
     * @param env the process environment
     * @throws SettingsException naming the first bad setting
     */
    public static ServerSettings load(SettingsOverrides overrides, Map<String, String> env) {
        Optional<Path> configFile =
                overrides.configFile().map(p -> p.toAbsolutePath().normalize());
        Optional<Config> file = configFile.map(SettingsLoader::readYaml);
        SettingSources sources = new SettingSources(env, file, configFile.orElse(null));
        overrides.dataDir().ifPresent(dir -> sources.flag("data-dir", "--data-dir", dir));
        overrides.port().ifPresent(port -> sources.flag("server.port", "--port", port));
        overrides.grpcPort().ifPresent(port -> sources.flag("server.grpc-port", "--grpc-port", port));
        Path dataDir = sources.path("data-dir", "LANDCOVER_DATA_DIR").orElse(Path.of("landcover-data"));
        return new ServerSettings(
                listen(sources),
                dataDir,
                security(sources, dataDir.toAbsolutePath()),
                limits(sources),
                ImageryParser.parse(file, sources),
                classes(sources));
    }

    private static Config readYaml(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SettingsException("--config", "cannot read config file " + file + ": no such readable file");
        }
        try {
            Config config = Config.builder()
                    .disableEnvironmentVariablesSource()
                    .disableSystemPropertiesSource()
                    .disableParserServices()
                    .disableValueResolving()
                    .addParser(YamlConfigParser.create())
                    .sources(ConfigSources.file(file))
                    .build();
            refuseUnknownKeys(config, file);
            return config;
        } catch (ConfigException e) {
            throw new SettingsException("--config", "cannot read config file " + file + ": " + e.getMessage());
        }
    }

    private static void refuseUnknownKeys(Config config, Path file) {
        List<String> unknown = config.traverse()
                .filter(Config::isLeaf)
                .map(node -> node.key().toString())
                .filter(key -> !KEYS.contains(key) && !YEAR_KEY.matcher(key).matches())
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new SettingsException(unknown.getFirst(), "unknown setting '" + unknown.getFirst() + "' in " + file);
        }
    }

    private static ListenSettings listen(SettingSources sources) {
        int graceSeconds = sources.integer("server.shutdown-grace-seconds", null, 30);
        if (graceSeconds < 0) {
            throw new SettingsException("server.shutdown-grace-seconds", "must not be negative, was " + graceSeconds);
        }
        return new ListenSettings(
                sources.string("server.host", "LANDCOVER_HOST", "0.0.0.0"),
                sources.integer("server.port", "LANDCOVER_PORT", 8080),
                sources.integer("server.grpc-port", "LANDCOVER_GRPC_PORT", 9090),
                Duration.ofSeconds(graceSeconds));
    }

    private static SecuritySettings security(SettingSources sources, Path dataDir) {
        String token = sources.environment(ADMIN_TOKEN_ENV);
        AdminTokenSource admin;
        if (token == null) {
            admin = new AdminTokenSource.HashFile(dataDir.resolve(ADMIN_TOKEN_FILE));
        } else if (token.strip().length() < 16) {
            throw new SettingsException(ADMIN_TOKEN_ENV, ADMIN_TOKEN_ENV + " must hold at least 16 characters");
        } else {
            admin = new AdminTokenSource.FromEnvironment(TokenHash.of(token.strip()));
        }
        String mode = sources.string("security.api-access", "LANDCOVER_API_ACCESS", "open");
        ApiAccess access = switch (mode.strip()) {
            case "open" -> new ApiAccess.Open();
            case "api-keys" ->
                new ApiAccess.ApiKeys(sources.path("security.api-keys-file", "LANDCOVER_API_KEYS_FILE")
                        .orElse(dataDir.resolve("api-keys.txt")));
            default ->
                throw sources.find("security.api-access", "LANDCOVER_API_ACCESS")
                        .orElseThrow()
                        .error("is not an access mode: expected open or api-keys");
        };
        return new SecuritySettings(admin, access);
    }

    private static LimitSettings limits(SettingSources sources) {
        double maxAreaKm2 = sources.decimal("limits.max-aoi-area-km2", null, 20_000);
        int maxVertices = sources.integer("limits.max-aoi-vertices", null, 250_000);
        AoiLimits aoi;
        try {
            aoi = new AoiLimits(maxAreaKm2 * 1e6, maxVertices);
        } catch (InvalidValueException e) {
            throw new SettingsException(
                    "limits.max-aoi-" + (e.field().equals("maxVertices") ? "vertices" : "area-km2"),
                    "limits: " + e.getMessage());
        }
        return new LimitSettings(
                sources.longValue("limits.max-body-bytes", "LANDCOVER_MAX_BODY_BYTES", 8L << 20),
                aoi,
                sources.integer(
                        "limits.validation-concurrency",
                        null,
                        Runtime.getRuntime().availableProcessors()),
                sources.integer("limits.validation-queue", null, 64),
                sources.integer("limits.prediction-queue", null, 64));
    }

    private static ClassScheme classes(SettingSources sources) {
        Optional<Path> file = sources.path("classes.scheme-file", null);
        if (file.isEmpty()) {
            return ClassScheme.DEFAULT;
        }
        try {
            return ClassScheme.fromJson(Files.readString(file.get()));
        } catch (IOException e) {
            throw new SettingsException("classes.scheme-file", "cannot read class scheme " + file.get() + ": " + e);
        } catch (InvalidValueException e) {
            throw new SettingsException(
                    "classes.scheme-file", "class scheme " + file.get() + " is invalid: " + e.getMessage());
        }
    }
}
