package landcover.raster.imagery.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.Season;

/** What {@code catalog.json} says, as records (see docs/imagery.md for the file format). */
final class CatalogModel {
    static final String FORMAT = "landcover-catalog";
    static final int VERSION = 1;

    private CatalogModel() {}

    /** The whole catalog: one entry per year. */
    record Catalog(Map<Integer, YearEntry> years) {
        Catalog {
            years = Map.copyOf(new TreeMap<>(years));
        }

        static Catalog empty() {
            return new Catalog(Map.of());
        }

        Optional<YearEntry> year(int year) {
            return Optional.ofNullable(years.get(year));
        }

        Catalog with(YearEntry entry) {
            Map<Integer, YearEntry> copy = new TreeMap<>(years);
            copy.put(entry.year(), entry);
            return new Catalog(copy);
        }

        boolean isSynthetic() {
            return years.values().stream().anyMatch(YearEntry::synthetic);
        }
    }

    /**
     * One year: where its files are, how they were made, its seasons, the scenes chosen per MGRS
     * tile and season, and its sub-tiles.
     */
    record YearEntry(
            int year,
            String directory,
            boolean synthetic,
            String inputsHash,
            String compositing,
            int maxScenes,
            List<Season> seasons,
            List<String> bands,
            boolean terrain,
            Map<String, TileScenes> tiles,
            List<SubTile> subTiles) {
        YearEntry {
            Objects.requireNonNull(directory, "directory");
            seasons = List.copyOf(seasons);
            bands = List.copyOf(bands);
            tiles = Map.copyOf(new TreeMap<>(tiles));
            subTiles = List.copyOf(subTiles);
        }
    }

    /** The scenes chosen for each season of one MGRS tile. */
    record TileScenes(String tile, int epsg, Map<String, SeasonScenes> seasons) {
        TileScenes {
            seasons = Map.copyOf(new TreeMap<>(seasons));
        }
    }

    /**
     * The acquisitions a season's composite was made of, least cloudy first.
     *
     * @param scenes scene ids
     * @param cloudCover their cloud cover in percent
     * @param processingBaselines their processing baselines
     */
    record SeasonScenes(List<String> scenes, List<Double> cloudCover, List<String> processingBaselines) {
        SeasonScenes {
            scenes = List.copyOf(scenes);
            cloudCover = List.copyOf(cloudCover);
            processingBaselines = List.copyOf(processingBaselines);
        }
    }

    /**
     * A piece of a tile's 10 m grid and its files.
     *
     * @param id e.g. {@code 30SUF_r00c01}
     * @param tile the MGRS tile it belongs to
     * @param grid its grid (a window of the tile's 10 m grid)
     * @param wgs84 its bounding box in longitude/latitude
     * @param terrain the terrain file, relative to the year directory, or empty without a DEM
     * @param seasons per season, the composite file (relative) and its share of clear pixels
     */
    record SubTile(
            String id,
            String tile,
            GridGeometry grid,
            BoundingBox wgs84,
            Optional<String> terrain,
            Map<String, SeasonFile> seasons) {
        SubTile {
            seasons = Map.copyOf(new TreeMap<>(seasons));
        }
    }

    /** A season's composite file of a sub-tile and the share of its pixels with clear observations. */
    record SeasonFile(String file, double clearShare) {}
}
