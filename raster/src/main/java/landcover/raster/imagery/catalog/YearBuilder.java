package landcover.raster.imagery.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import landcover.raster.RasterException;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.catalog.CatalogModel.SeasonFile;
import landcover.raster.imagery.catalog.CatalogModel.SeasonScenes;
import landcover.raster.imagery.catalog.CatalogModel.SubTile;
import landcover.raster.imagery.catalog.CatalogModel.TileScenes;
import landcover.raster.imagery.compose.BandReaders;
import landcover.raster.imagery.compose.SceneRef;
import landcover.raster.imagery.compose.SceneSelection;
import landcover.raster.imagery.compose.TileCompositor;
import landcover.raster.s2.S2Band;

/**
 * Builds one year of the catalog in a folder: for every MGRS tile, its season composites cut into
 * sub-tiles, and terrain per sub-tile. Sub-tiles are built in parallel; each file's bytes depend
 * only on the inputs.
 */
final class YearBuilder {
    /** Layout version: part of the inputs hash, bump it when the files change shape. */
    static final String LAYOUT = "subtiles-band-interleaved-uint16-256";

    /** The bands a composite file holds, in band order: the 12 reflectance bands, AOT, WVP. */
    static final List<S2Band> STORED_BANDS = storedBands();

    private final IngestSettings settings;
    private final List<Season> seasons;
    private final BandReaders readers;

    YearBuilder(IngestSettings settings, List<Season> seasons, BandReaders readers) {
        this.settings = settings;
        this.seasons = seasons;
        this.readers = readers;
    }

    private static List<S2Band> storedBands() {
        List<S2Band> bands = new ArrayList<>(S2Band.SPECTRAL);
        bands.add(S2Band.AOT);
        bands.add(S2Band.WVP);
        return List.copyOf(bands);
    }

    /** What was built: scenes chosen per tile and the sub-tiles. */
    record Built(Map<String, TileScenes> tiles, List<SubTile> subTiles, int scenesUsed) {}

    Built build(List<SceneRef> scenes, Path directory) {
        Map<String, List<SceneRef>> byTile = new TreeMap<>();
        scenes.forEach(
                s -> byTile.computeIfAbsent(s.tile(), t -> new ArrayList<>()).add(s));
        Map<String, TileScenes> tiles = new LinkedHashMap<>();
        List<SubTile> subTiles = new ArrayList<>();
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Map.Entry<String, List<SceneRef>> e : byTile.entrySet()) {
            Map<String, List<SceneRef>> chosen = new LinkedHashMap<>();
            for (Season season : seasons) {
                chosen.put(season.name(), SceneSelection.leastCloudy(e.getValue(), season, settings.maxScenes()));
                chosen.get(season.name()).forEach(s -> used.add(s.id()));
            }
            GridGeometry grid = tileGrid(e.getKey(), e.getValue());
            tiles.put(e.getKey(), tileScenes(e.getKey(), grid, chosen));
            subTiles.addAll(buildTile(e.getKey(), grid, chosen, directory));
        }
        return new Built(tiles, subTiles, used.size());
    }

    private List<SubTile> buildTile(String tile, GridGeometry grid, Map<String, List<SceneRef>> chosen, Path dir) {
        int size = settings.subTileSize();
        int cols = (grid.width() + size - 1) / size;
        int rows = (grid.height() + size - 1) / size;
        return IntStream.range(0, cols * rows)
                .parallel()
                .mapToObj(k -> {
                    int r = k / cols;
                    int c = k % cols;
                    PixelWindow w = new PixelWindow(
                            c * size,
                            r * size,
                            Math.min(size, grid.width() - c * size),
                            Math.min(size, grid.height() - r * size));
                    String id = String.format(Locale.ROOT, "%s_r%02dc%02d", tile, r, c);
                    return buildSubTile(id, tile, grid.window(w), chosen, dir);
                })
                .toList();
    }

    private SubTile buildSubTile(
            String id, String tile, GridGeometry grid, Map<String, List<SceneRef>> chosen, Path dir) {
        boolean synthetic = chosen.values().stream().flatMap(List::stream).anyMatch(SceneRef::synthetic);
        Map<String, SeasonFile> files = new LinkedHashMap<>();
        for (Season season : seasons) {
            String file = "seasons/" + season.name() + "/" + id + ".tif";
            var composite = TileCompositor.composite(
                    chosen.get(season.name()), STORED_BANDS, grid, readers, settings.compositing());
            double clear = CatalogFiles.writeComposite(
                    composite, dir.resolve(file), synthetic, season + " composite of " + id);
            files.put(season.name(), new SeasonFile(file, clear));
        }
        Optional<String> terrain = settings.dem().map(dem -> {
            String file = "terrain/" + id + ".tif";
            CatalogFiles.writeTerrain(dem, grid, dir.resolve(file), synthetic, readers);
            return file;
        });
        return new SubTile(id, tile, grid, CatalogFiles.wgs84Box(grid), terrain, files);
    }

    /** The tile's 10 m grid, from its scenes' B02 files, which must all agree. */
    private GridGeometry tileGrid(String tile, List<SceneRef> scenes) {
        GridGeometry grid = null;
        for (SceneRef scene : scenes) {
            String location = scene.asset(S2Band.B02);
            GridGeometry g;
            try (BandReaders.Lease lease = readers.open(location)) {
                g = TileCompositor.gridOf(lease.reader().info(), location);
            }
            if (grid == null) {
                grid = g;
            } else if (!grid.equals(g)) {
                throw new RasterException(
                        location,
                        "scene " + scene.id() + " of tile " + tile
                                + " is on another grid than the tile's other scenes (" + g + " vs " + grid + ")");
            }
        }
        return grid;
    }

    private static TileScenes tileScenes(String tile, GridGeometry grid, Map<String, List<SceneRef>> chosen) {
        Map<String, SeasonScenes> seasons = new LinkedHashMap<>();
        chosen.forEach((season, scenes) -> seasons.put(
                season,
                new SeasonScenes(
                        scenes.stream().map(SceneRef::id).toList(),
                        scenes.stream().map(SceneRef::cloudCover).toList(),
                        scenes.stream().map(s -> s.baseline().toString()).toList())));
        return new TileScenes(tile, grid.crs().code(), seasons);
    }
}
