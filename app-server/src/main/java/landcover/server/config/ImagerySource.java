package landcover.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a year's Sentinel-2 imagery comes from. The prediction flow picks the reader from this;
 * until it lands the choice is validated and reported, not yet used.
 */
public sealed interface ImagerySource {
    /** The small sample region generated in the data directory (the default). */
    record Sample() implements ImagerySource {}

    /**
     * A local catalog of scenes.
     *
     * @param directory the catalog's root folder
     */
    record LocalCatalog(Path directory) implements ImagerySource {
        public LocalCatalog {
            Objects.requireNonNull(directory, "directory");
        }
    }

    /**
     * A STAC API serving Cloud-Optimized GeoTIFFs.
     *
     * @param api the API's root URL (http or https)
     * @param collection the collection to search, e.g. {@code sentinel-2-l2a}
     */
    record Stac(URI api, String collection) implements ImagerySource {
        public Stac {
            Objects.requireNonNull(api, "api");
            if (collection == null || collection.isBlank()) {
                throw new SettingsException("imagery.collection", "a STAC source needs a collection");
            }
        }
    }
}
