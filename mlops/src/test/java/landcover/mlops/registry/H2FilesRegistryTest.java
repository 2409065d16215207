package landcover.mlops.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The registry contract on the embedded default: H2 file database and artifact files. */
class H2FilesRegistryTest extends ModelRegistryLifecycleContract {
    @TempDir
    Path dataDir;

    @Override
    RegistrySettings newSettings() {
        return RegistrySettings.embedded(dataDir);
    }

    @Override
    void flipOneByte(Sha256 blob) throws Exception {
        FileArtifactStore store = new FileArtifactStore(settings.storeDirectory());
        FileArtifactStoreTest.flip(store.pathOf(blob), 10);
    }
}
