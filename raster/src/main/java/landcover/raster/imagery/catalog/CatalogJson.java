package landcover.raster.imagery.catalog;

import static landcover.raster.imagery.json.Json.array;
import static landcover.raster.imagery.json.Json.integer;
import static landcover.raster.imagery.json.Json.number;
import static landcover.raster.imagery.json.Json.numbers;
import static landcover.raster.imagery.json.Json.object;
import static landcover.raster.imagery.json.Json.string;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.catalog.CatalogModel.Catalog;
import landcover.raster.imagery.catalog.CatalogModel.SeasonFile;
import landcover.raster.imagery.catalog.CatalogModel.SeasonScenes;
import landcover.raster.imagery.catalog.CatalogModel.SubTile;
import landcover.raster.imagery.catalog.CatalogModel.TileScenes;
import landcover.raster.imagery.catalog.CatalogModel.YearEntry;
import landcover.raster.imagery.compose.Quantization;
import landcover.raster.imagery.json.Json;
import landcover.raster.imagery.json.JsonWriter;

/** Reads and writes {@code catalog.json}; errors name the member that is wrong. */
final class CatalogJson {
    private CatalogJson() {}

    static String write(Catalog catalog) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", CatalogModel.FORMAT);
        root.put("version", CatalogModel.VERSION);
        root.put("synthetic", catalog.isSynthetic());
        root.put(
                "description",
                catalog.isSynthetic()
                        ? "landcover imagery catalog; contains SYNTHETIC years (the sample region), marked below"
                        : "landcover imagery catalog: seasonal Sentinel-2 L2A composites and terrain");
        root.put("encoding", encoding());
        Map<String, Object> years = new LinkedHashMap<>();
        catalog.years().forEach((y, entry) -> years.put(Integer.toString(y), year(entry)));
        root.put("years", years);
        return JsonWriter.pretty(root);
    }

    private static Map<String, Object> encoding() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("dataType", "UInt16");
        e.put("nodata", 0);
        e.put("reflectance", "value = (DN - " + -Quantization.STORED.boaAddOffset() + ") / 10000");
        e.put("AOT", "value = DN / 1000");
        e.put("WVP", "value = DN / 1000 (cm)");
        e.put("terrain", "Float32 bands elevation (m), slope and aspect (degrees, Horn), nodata NaN");
        return e;
    }

    private static Map<String, Object> year(YearEntry y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("directory", y.directory());
        m.put("synthetic", y.synthetic());
        m.put("inputsHash", y.inputsHash());
        m.put("compositing", y.compositing());
        m.put("maxScenesPerSeason", y.maxScenes());
        m.put("bands", y.bands());
        m.put("terrain", y.terrain());
        m.put("seasons", y.seasons().stream().map(CatalogJson::season).toList());
        Map<String, Object> tiles = new LinkedHashMap<>();
        y.tiles().forEach((id, t) -> tiles.put(id, tileScenes(t)));
        m.put("tiles", tiles);
        m.put("subTiles", y.subTiles().stream().map(CatalogJson::subTile).toList());
        return m;
    }

    private static Map<String, Object> season(Season s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("start", s.start().toString());
        m.put("end", s.end().toString());
        return m;
    }

    private static Map<String, Object> tileScenes(TileScenes t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epsg", t.epsg());
        Map<String, Object> seasons = new LinkedHashMap<>();
        t.seasons().forEach((name, s) -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("scenes", s.scenes());
            sm.put("cloudCover", s.cloudCover());
            sm.put("processingBaselines", s.processingBaselines());
            seasons.put(name, sm);
        });
        m.put("seasons", seasons);
        return m;
    }

    private static Map<String, Object> subTile(SubTile t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("tile", t.tile());
        m.put("epsg", t.grid().crs().code());
        m.put("geoTransform", doubles(t.grid().transform().toGdal()));
        m.put("width", t.grid().width());
        m.put("height", t.grid().height());
        m.put("bboxWgs84", doubles(t.wgs84().toArray()));
        t.terrain().ifPresent(f -> m.put("terrain", f));
        Map<String, Object> seasons = new LinkedHashMap<>();
        t.seasons().forEach((name, f) -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("file", f.file());
            sm.put("clearShare", Math.round(f.clearShare() * 1e6) / 1e6);
            seasons.put(name, sm);
        });
        m.put("seasons", seasons);
        return m;
    }

    private static List<Object> doubles(double[] values) {
        List<Object> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    static Catalog read(String text, String source) {
        Map<String, Object> root = object(Json.parse(text, source), source, "");
        if (!CatalogModel.FORMAT.equals(root.get("format"))) {
            throw Json.error(source, "format", "not a landcover catalog (expected \"" + CatalogModel.FORMAT + "\")");
        }
        int version = integer(root, "version", source, "");
        if (version != CatalogModel.VERSION) {
            throw Json.error(
                    source,
                    "version",
                    "version " + version + " is not supported (expected " + CatalogModel.VERSION + ")");
        }
        Map<Integer, YearEntry> years = new LinkedHashMap<>();
        Map<String, Object> ym = object(root, "years", source, "");
        for (Map.Entry<String, Object> e : ym.entrySet()) {
            String path = "years." + e.getKey();
            int year;
            try {
                year = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                throw Json.error(source, path, "not a year");
            }
            years.put(year, readYear(year, object(e.getValue(), source, path), source, path));
        }
        return new Catalog(years);
    }

    private static YearEntry readYear(int year, Map<String, Object> m, String source, String path) {
        List<Season> seasons = new ArrayList<>();
        List<?> sl = array(m, "seasons", source, path);
        for (int i = 0; i < sl.size(); i++) {
            String p = path + ".seasons[" + i + "]";
            Map<String, Object> s = object(sl.get(i), source, p);
            seasons.add(
                    new Season(string(s, "name", source, p), date(s, "start", source, p), date(s, "end", source, p)));
        }
        Map<String, TileScenes> tiles = new LinkedHashMap<>();
        object(m, "tiles", source, path)
                .forEach((id, v) -> tiles.put(
                        id, readTile(id, object(v, source, path + ".tiles." + id), source, path + ".tiles." + id)));
        List<SubTile> subTiles = new ArrayList<>();
        List<?> tl = array(m, "subTiles", source, path);
        for (int i = 0; i < tl.size(); i++) {
            String p = path + ".subTiles[" + i + "]";
            subTiles.add(readSubTile(object(tl.get(i), source, p), source, p));
        }
        return new YearEntry(
                year,
                string(m, "directory", source, path),
                Json.optionalBoolean(m, "synthetic", source, path).orElse(false),
                string(m, "inputsHash", source, path),
                string(m, "compositing", source, path),
                integer(m, "maxScenesPerSeason", source, path),
                seasons,
                array(m, "bands", source, path).stream().map(String::valueOf).toList(),
                Json.optionalBoolean(m, "terrain", source, path).orElse(false),
                tiles,
                subTiles);
    }

    private static LocalDate date(Map<String, Object> m, String key, String source, String path) {
        String text = string(m, key, source, path);
        try {
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            throw Json.error(source, Json.join(path, key), "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static TileScenes readTile(String id, Map<String, Object> m, String source, String path) {
        Map<String, SeasonScenes> seasons = new LinkedHashMap<>();
        object(m, "seasons", source, path).forEach((name, v) -> {
            String p = path + ".seasons." + name;
            Map<String, Object> s = object(v, source, p);
            seasons.put(
                    name,
                    new SeasonScenes(
                            array(s, "scenes", source, p).stream()
                                    .map(String::valueOf)
                                    .toList(),
                            array(s, "cloudCover", source, p).stream()
                                    .map(x -> ((Number) x).doubleValue())
                                    .toList(),
                            array(s, "processingBaselines", source, p).stream()
                                    .map(String::valueOf)
                                    .toList()));
        });
        return new TileScenes(id, integer(m, "epsg", source, path), seasons);
    }

    private static SubTile readSubTile(Map<String, Object> m, String source, String path) {
        GridGeometry grid = new GridGeometry(
                new EpsgCode(integer(m, "epsg", source, path)),
                GeoTransform.fromGdal(numbers(m, "geoTransform", 6, source, path)),
                integer(m, "width", source, path),
                integer(m, "height", source, path));
        double[] b = numbers(m, "bboxWgs84", 4, source, path);
        Map<String, SeasonFile> seasons = new LinkedHashMap<>();
        object(m, "seasons", source, path).forEach((name, v) -> {
            String p = path + ".seasons." + name;
            Map<String, Object> s = object(v, source, p);
            seasons.put(name, new SeasonFile(string(s, "file", source, p), number(s, "clearShare", source, p)));
        });
        return new SubTile(
                string(m, "id", source, path),
                string(m, "tile", source, path),
                grid,
                new BoundingBox(b[0], b[1], b[2], b[3]),
                Json.optionalString(m, "terrain", source, path),
                seasons);
    }
}
