package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import landcover.mlops.registry.RegistrySettings;

/**
 * Where the embedded mode keeps everything, under one data directory:
 *
 * <pre>
 * registry/        H2 database of the model registry
 * artifacts/       the registry's content-addressed artifact files
 * sample-region/   the generated synthetic sample region (scenes, DEM, class maps, points, AOIs)
 * catalog/         the local imagery catalog of seasonal composites built from it
 * results/         stored prediction results
 * </pre>
 *
 * @param dataDir the data directory
 */
public record EmbeddedLayout(Path dataDir) {
    public EmbeddedLayout {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
    }

    /** The registry on H2 and files under the data directory. */
    public RegistrySettings registry() {
        return RegistrySettings.embedded(dataDir);
    }

    /** The generated sample region. */
    public Path sampleRegion() {
        return dataDir.resolve("sample-region");
    }

    /** The local imagery catalog. */
    public Path catalog() {
        return dataDir.resolve("catalog");
    }

    /** Stored prediction results. */
    public Path results() {
        return dataDir.resolve("results");
    }
}
