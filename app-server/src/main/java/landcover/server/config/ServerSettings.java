package landcover.server.config;

import java.nio.file.Path;
import java.util.Objects;
import landcover.domain.ClassScheme;

/**
 * Everything the server needs to start, validated.
 *
 * @param listen ports, bind address and shutdown grace
 * @param dataDir the data directory (database, artifacts, admin token hash), absolute
 * @param security admin token and client API access
 * @param limits request size and queue bounds
 * @param imagery the imagery source per year
 * @param classes the class scheme served and used for predictions
 */
public record ServerSettings(
        ListenSettings listen,
        Path dataDir,
        SecuritySettings security,
        LimitSettings limits,
        ImagerySettings imagery,
        ClassScheme classes) {
    public ServerSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(imagery, "imagery");
        Objects.requireNonNull(classes, "classes");
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
    }
}
