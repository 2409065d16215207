package landcover.server.config;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks a setting up in the command line, the environment and the YAML file, in that order, and
 * parses it with an error message naming the key and where its value came from.
 */
final class SettingSources {
    /** A raw value and where it came from, e.g. {@code --port} or {@code LANDCOVER_PORT}. */
    record Found(String key, String value, String origin, Path baseDir) {
        SettingsException error(String expected) {
            return new SettingsException(key, key + " (from " + origin + "): '" + value + "' " + expected);
        }
    }

    private final Map<String, String> flags = new HashMap<>();
    private final Map<String, String> env;
    private final Optional<Config> file;
    private final String fileName;
    private final Path fileDir;

    SettingSources(Map<String, String> env, Optional<Config> file, Path configFile) {
        this.env = Map.copyOf(env);
        this.file = file;
        this.fileName = configFile == null ? "" : configFile.toString();
        this.fileDir =
                configFile == null ? Path.of("") : configFile.toAbsolutePath().getParent();
    }

    void flag(String key, String flagName, Object value) {
        flags.put(key, flagName + "\u0000" + value);
    }

    /** The value of {@code key}, from a flag, the environment variable {@code envName} (may be null), or the file. */
    Optional<Found> find(String key, String envName) {
        String flag = flags.get(key);
        if (flag != null) {
            String[] parts = flag.split("\u0000", 2);
            return Optional.of(new Found(key, parts[1], parts[0], Path.of("")));
        }
        if (envName != null && env.containsKey(envName)) {
            return Optional.of(new Found(key, env.get(envName), "environment " + envName, Path.of("")));
        }
        return file.flatMap(config -> config.get(key).asString().asOptional())
                .map(value -> new Found(key, value, fileName, fileDir));
    }

    String string(String key, String envName, String fallback) {
        return find(key, envName).map(Found::value).orElse(fallback);
    }

    int integer(String key, String envName, int fallback) {
        return find(key, envName).map(SettingSources::parseInt).orElse(fallback);
    }

    long longValue(String key, String envName, long fallback) {
        return find(key, envName).map(SettingSources::parseLong).orElse(fallback);
    }

    double decimal(String key, String envName, double fallback) {
        return find(key, envName).map(SettingSources::parseDouble).orElse(fallback);
    }

    /** A path; relative paths from the file resolve against the file's folder, others against the working directory. */
    Optional<Path> path(String key, String envName) {
        return find(key, envName).map(SettingSources::resolve);
    }

    String environment(String name) {
        return env.get(name);
    }

    static Path resolve(Found found) {
        if (found.value().isBlank()) {
            throw found.error("is empty: expected a path");
        }
        return found.baseDir().resolve(found.value().strip()).toAbsolutePath().normalize();
    }

    static int parseInt(Found found) {
        try {
            return Integer.parseInt(found.value().strip());
        } catch (NumberFormatException e) {
            throw found.error("is not a whole number");
        }
    }

    static long parseLong(Found found) {
        try {
            return Long.parseLong(found.value().strip());
        } catch (NumberFormatException e) {
            throw found.error("is not a whole number");
        }
    }

    static double parseDouble(Found found) {
        try {
            double value = Double.parseDouble(found.value().strip());
            if (!Double.isFinite(value)) {
                throw found.error("is not a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw found.error("is not a number");
        }
    }
}
