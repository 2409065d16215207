package landcover.raster.imagery.catalog;

import java.nio.file.Path;
import landcover.raster.imagery.ImagerySource;

/** Opens a local catalog (built by {@link CatalogIngestOp}) as an {@link ImagerySource}. */
public final class LocalCatalog {
    /** How many composite and terrain files stay open by default. */
    public static final int DEFAULT_OPEN_FILES = 256;

    private LocalCatalog() {}

    /**
     * Opens the catalog in {@code root}.
     *
     * @throws landcover.raster.RasterException naming the folder when it holds no catalog with a year
     *     of imagery, or naming the member of {@code catalog.json} that is wrong
     */
    public static ImagerySource open(Path root) {
        return new LocalCatalogSource(root, DEFAULT_OPEN_FILES);
    }
}
