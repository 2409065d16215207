package landcover.mlops.registry;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import landcover.domain.InvalidValueException;

/**
 * Where a registry keeps its metadata and artifacts. Embedded: {@link #embedded(Path)} (H2 file +
 * files under one data directory). Cluster: a PostgreSQL URL and an {@code s3://bucket/prefix} store
 * URL. Any mix is allowed (e.g. PostgreSQL with a shared file system).
 *
 * @param database the metadata database
 * @param storeUrl a directory path, a {@code file:} URI, or an {@code s3://} URL (see {@link S3Location})
 * @param s3Credentials static S3 keys, or null for the AWS default chain
 * @param clock the clock that timestamps versions and alias events
 */
public record RegistrySettings(DatabaseSettings database, String storeUrl, S3Credentials s3Credentials, Clock clock) {
    public RegistrySettings {
        Objects.requireNonNull(database, "database");
        if (storeUrl == null || storeUrl.isBlank()) {
            throw new InvalidValueException("store-url", "name a directory or an s3://bucket/prefix URL");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** H2 file database and artifact files under {@code dataDir}, on the UTC system clock. */
    public static RegistrySettings embedded(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return new RegistrySettings(
                DatabaseSettings.h2File(dir.resolve("registry")),
                dir.resolve("artifacts").toString(),
                null,
                Clock.systemUTC());
    }

    /** The same settings with another clock. */
    public RegistrySettings withClock(Clock other) {
        return new RegistrySettings(database, storeUrl, s3Credentials, other);
    }

    /** Whether artifacts go to S3. */
    public boolean isS3() {
        return storeUrl.startsWith("s3://");
    }

    /** The artifact directory (for a non-S3 store). */
    Path storeDirectory() {
        String path =
                storeUrl.startsWith("file:") ? java.net.URI.create(storeUrl).getPath() : storeUrl;
        return Path.of(path);
    }
}
