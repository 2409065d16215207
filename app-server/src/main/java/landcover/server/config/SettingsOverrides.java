package landcover.server.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the command line said; each value, when present, wins over the environment and the file.
 *
 * @param configFile {@code --config FILE}
 * @param dataDir {@code --data-dir DIR}
 * @param port {@code --port N}
 * @param grpcPort {@code --grpc-port N}
 */
public record SettingsOverrides(
        Optional<Path> configFile, Optional<Path> dataDir, OptionalInt port, OptionalInt grpcPort) {
    /** Nothing given on the command line. */
    public static final SettingsOverrides NONE =
            new SettingsOverrides(Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
}
