package landcover.raster.imagery.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.catalog.CatalogModel.Catalog;
import landcover.raster.imagery.catalog.CatalogModel.YearEntry;
import landcover.raster.imagery.compose.ReaderCache;
import landcover.raster.imagery.compose.SceneRef;
import landcover.raster.tiff.GeoTiff;

/**
 * {@code landcover imagery ingest}: builds (or rebuilds) one year of a local catalog from a scenes
 * folder and a DEM — per MGRS tile and season the least-cloudy acquisitions, composited (SCL-masked
 * per-pixel median), cut into sub-tiles of COGs, plus terrain — and publishes it atomically.
 *
 * <p>Idempotent: an ingest whose inputs (see {@code InputsHash}) match the catalog's year does
 * nothing; otherwise the same inputs produce the same bytes. Crash-safe: the year is built in a
 * staging folder and becomes visible only when {@code catalog.json} is replaced by an atomic rename,
 * so readers and a crashed run see the old catalog or the new one, never a mix.
 */
public final class CatalogIngestOp {
    private CatalogIngestOp() {}

    /**
     * Runs an ingest.
     *
     * @throws NoImageryException when the folder holds no scene of the year
     * @throws landcover.raster.RasterException naming the file or member when an input is unreadable
     *     or inconsistent, or when another ingest holds the catalog
     */
    public static IngestResult run(IngestSettings settings) {
        List<SceneRef> scenes = SceneFolder.scan(settings.scenes()).stream()
                .filter(s -> s.date().getYear() == settings.year().value())
                .toList();
        if (scenes.isEmpty()) {
            throw new NoImageryException(
                    settings.year(),
                    "no scene of " + settings.year() + " in " + settings.scenes()
                            + " (each scene is a sub-folder with a scene.json)");
        }
        settings.dem().ifPresent(dem -> {
            if (!Files.isRegularFile(dem)) {
                throw new landcover.raster.RasterException(dem.toString(), "DEM file does not exist");
            }
        });
        List<Season> seasons = settings.seasons().seasons(settings.year());
        String hash = InputsHash.of(settings, seasons, scenes);
        int year = settings.year().value();
        boolean synthetic = scenes.stream().anyMatch(SceneRef::synthetic);
        try (CatalogStore store = CatalogStore.lock(settings.catalog())) {
            Catalog catalog = CatalogStore.read(store.root());
            String name = CatalogStore.yearDirectory(year, hash);
            if (catalog.year(year).filter(y -> y.inputsHash().equals(hash)).isPresent()
                    && Files.isDirectory(store.root().resolve(name))) {
                store.cleanUp(catalog);
                return new IngestResult(year, store.root().resolve(name), true, scenes.size(), 0, 0, synthetic);
            }
            store.cleanUp(catalog);
            Path staging = store.staging(year, hash);
            YearBuilder.Built built;
            try (ReaderCache readers = new ReaderCache(512, location -> GeoTiff.open(Path.of(location)))) {
                built = new YearBuilder(settings, seasons, readers).build(scenes, staging);
            }
            settings.faultHook().reached("composited");
            Path placed = store.place(staging, name);
            settings.faultHook().reached("staged");
            YearEntry entry = new YearEntry(
                    year,
                    name,
                    synthetic,
                    hash,
                    settings.compositing().describe(),
                    settings.maxScenes(),
                    seasons,
                    YearBuilder.STORED_BANDS.stream().map(Enum::name).toList(),
                    settings.dem().isPresent(),
                    built.tiles(),
                    built.subTiles());
            Catalog next = catalog.with(entry);
            store.publish(next);
            settings.faultHook().reached("published");
            store.cleanUp(next);
            return new IngestResult(
                    year,
                    placed,
                    false,
                    scenes.size(),
                    built.scenesUsed(),
                    built.subTiles().size(),
                    synthetic);
        }
    }
}
