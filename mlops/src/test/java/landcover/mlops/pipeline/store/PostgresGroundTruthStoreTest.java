package landcover.mlops.pipeline.store;

import landcover.mlops.registry.DatabaseSettings;

class PostgresGroundTruthStoreTest extends GroundTruthStoreContract {
    @Override
    DatabaseSettings database() {
        return EmbeddedPostgres.freshDatabase();
    }
}
