package landcover.mlops.registry;

/**
 * Builds registries and artifact stores from settings: the one place where H2 or PostgreSQL and
 * files or S3 are chosen. The server and the CLI both start here.
 */
public final class ModelRegistries {
    private ModelRegistries() {}

    /**
     * Opens (and, on first use, creates or migrates) the registry the settings describe.
     *
     * @throws RegistryStorageException when the database or store cannot be reached
     * @throws landcover.domain.InvalidValueException when a URL is malformed
     */
    public static ModelRegistry open(RegistrySettings settings) {
        return open(settings, Registrar.Hook.NONE);
    }

    static JdbcModelRegistry open(RegistrySettings settings, Registrar.Hook hook) {
        ArtifactStore store = openStore(settings);
        try {
            return new JdbcModelRegistry(new Database(settings.database()), store, settings.clock(), hook);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The artifact store alone (files or S3, by the settings' store URL). */
    public static ArtifactStore openStore(RegistrySettings settings) {
        return settings.isS3()
                ? new S3ArtifactStore(S3Location.parse(settings.storeUrl()), settings.s3Credentials())
                : new FileArtifactStore(settings.storeDirectory());
    }
}
