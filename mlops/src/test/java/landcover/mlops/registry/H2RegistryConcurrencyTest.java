package landcover.mlops.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Concurrency on the embedded default: H2 file database and artifact files. */
class H2RegistryConcurrencyTest extends RegistryConcurrencyContract {
    @TempDir
    Path dataDir;

    @Override
    RegistrySettings newSettings() {
        return RegistrySettings.embedded(dataDir);
    }
}
