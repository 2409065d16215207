package landcover.mlops.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Concurrency on real PostgreSQL (artifacts on files: the S3 path is covered by the contract). */
class PostgresRegistryConcurrencyTest extends RegistryConcurrencyContract {
    @TempDir
    Path dataDir;

    @Override
    RegistrySettings newSettings() {
        return new RegistrySettings(
                EmbeddedPostgresSupport.freshDatabase(),
                dataDir.resolve("artifacts").toString(),
                null,
                clock());
    }
}
