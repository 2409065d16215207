package landcover.raster.imagery.stac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import landcover.raster.imagery.FileServer;
import landcover.raster.imagery.json.Json;
import landcover.raster.imagery.json.JsonWriter;
import landcover.testing.SharedData;

/**
 * A STAC API over the sample region's scenes, for tests: items are the real recorded Earth Search
 * item (S2A_13TDE_20231008_0_L2A) with its identity, time, cloud cover, baseline, CRS, tile,
 * footprint and asset hrefs rewritten to the scenes served by a {@link FileServer} — and {@code
 * earthsearch:boa_offset_applied} false, since the synthetic DNs carry ESA's offset. Search answers
 * {@code datetime} windows, pages {@value #PAGE} items at a time with Earth Search's POST {@code
 * next} links (whose body holds only the token, as Earth Search's does).
 */
final class SampleStac {
    static final int PAGE = 2;
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("coastal", "B01"),
            Map.entry("blue", "B02"),
            Map.entry("green", "B03"),
            Map.entry("red", "B04"),
            Map.entry("rededge1", "B05"),
            Map.entry("rededge2", "B06"),
            Map.entry("rededge3", "B07"),
            Map.entry("nir", "B08"),
            Map.entry("nir08", "B8A"),
            Map.entry("nir09", "B09"),
            Map.entry("swir16", "B11"),
            Map.entry("swir22", "B12"),
            Map.entry("scl", "SCL"),
            Map.entry("aot", "AOT"),
            Map.entry("wvp", "WVP"));

    final AtomicInteger searches = new AtomicInteger();
    final List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, Object>> items = new ArrayList<>();

    SampleStac(FileServer server, Path scenes, List<List<Double>> footprint) throws IOException {
        String template =
                Files.readString(SharedData.path("stac_sentinel2/earth_search_v1/item_S2A_13TDE_20231008_0_L2A.json"));
        try (Stream<Path> dirs = Files.list(scenes)) {
            for (Path dir : dirs.sorted().toList()) {
                items.add(item(template, dir, server, footprint));
            }
        }
        server.onSearch(this::search);
    }

    private static Map<String, Object> item(String template, Path dir, FileServer server, List<List<Double>> ring)
            throws IOException {
        Map<String, Object> scene =
                Json.object(Json.parse(Files.readString(dir.resolve("scene.json")), "scene"), "scene", "");
        Map<String, Object> item = mutable(Json.object(Json.parse(template, "template"), "template", ""));
        String id = (String) scene.get("id");
        item.put("id", id);
        Map<String, Object> p = Json.object(item.get("properties"), "template", "properties");
        p.put("datetime", scene.get("datetime"));
        p.put("eo:cloud_cover", scene.get("cloudCover"));
        p.put("s2:processing_baseline", scene.get("processingBaseline"));
        p.put("earthsearch:boa_offset_applied", false);
        p.put("proj:epsg", 32630);
        p.put("mgrs:utm_zone", 30);
        p.put("mgrs:latitude_band", "S");
        p.put("mgrs:grid_square", "UF");
        p.put("grid:code", "MGRS-30SUF");
        p.put("landcover:synthetic", true);
        p.remove("s2:product_uri");
        item.put("geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)));
        Map<String, Object> assets = Json.object(item.get("assets"), "template", "assets");
        for (Map.Entry<String, String> k : KEYS.entrySet()) {
            Map<String, Object> asset = Json.object(assets.get(k.getKey()), "template", k.getKey());
            asset.put("href", server.url(dir.resolve(k.getValue() + ".tif")).toString());
            asset.remove("proj:shape");
            asset.remove("proj:transform");
        }
        return item;
    }

    /** Answers one POST /search body. */
    private String search(String body) {
        bodies.add(body);
        Map<String, Object> q = Json.object(Json.parse(body, "search"), "search", "");
        int from = 0;
        String datetime;
        if (q.get("next") instanceof String token) {
            int bar = token.lastIndexOf('|');
            datetime = token.substring(0, bar);
            from = Integer.parseInt(token.substring(bar + 1));
        } else {
            searches.incrementAndGet();
            datetime = (String) q.get("datetime");
        }
        String[] range = datetime.split("/");
        Instant start = Instant.parse(range[0]);
        Instant end = Instant.parse(range[1]);
        List<Map<String, Object>> matching = items.stream()
                .filter(i -> {
                    Instant t = Instant.parse((String) ((Map<?, ?>) i.get("properties")).get("datetime"));
                    return !t.isBefore(start) && !t.isAfter(end);
                })
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("type", "FeatureCollection");
        page.put("features", matching.subList(from, Math.min(matching.size(), from + PAGE)));
        List<Object> links = new ArrayList<>();
        if (from + PAGE < matching.size()) {
            Map<String, Object> next = new LinkedHashMap<>();
            next.put("rel", "next");
            next.put("method", "POST");
            next.put("href", "/search");
            next.put("merge", false);
            next.put("body", Map.of("next", datetime + "|" + (from + PAGE)));
            links.add(next);
        }
        page.put("links", links);
        return JsonWriter.compact(page);
    }

    /** A deep, modifiable copy of parsed JSON. */
    @SuppressWarnings("unchecked")
    static <T> T mutable(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, mutable(v)));
            return (T) copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(mutable(v)));
            return (T) copy;
        }
        return value;
    }
}
