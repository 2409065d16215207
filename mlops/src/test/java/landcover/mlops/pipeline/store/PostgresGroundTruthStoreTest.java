package landcover.mlops.pipeline.store;

import landcover.mlops.registry.DatabaseSettings;
import landcover.mlops.registry.EmbeddedPostgresSupport;

class PostgresGroundTruthStoreTest extends GroundTruthStoreContract {
    @Override
    DatabaseSettings database() {
        return EmbeddedPostgresSupport.freshDatabase();
    }
}
