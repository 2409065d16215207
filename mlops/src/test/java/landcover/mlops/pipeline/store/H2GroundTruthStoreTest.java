package landcover.mlops.pipeline.store;

import landcover.mlops.registry.DatabaseSettings;

class H2GroundTruthStoreTest extends GroundTruthStoreContract {
    @Override
    DatabaseSettings database() {
        return DatabaseSettings.h2File(dir);
    }
}
