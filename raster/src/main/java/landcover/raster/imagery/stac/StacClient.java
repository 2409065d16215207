package landcover.raster.imagery.stac;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.RasterException;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.http.HttpRangeClient;
import landcover.raster.imagery.json.Json;
import landcover.raster.imagery.json.JsonWriter;

/**
 * STAC item search ({@code POST /search}): by bounding box, season dates and collection, with the
 * {@code query} extension's {@code eo:cloud_cover} filter (Earth Search ignores CQL2 {@code filter},
 * see PROVENANCE.md), following {@code next} links — POST links with their {@code body} (merged
 * into the original when {@code merge} is true), or GET links — up to {@value #MAX_PAGES} pages.
 * Items are filtered again on the client: the right collection, cloud cover and dates.
 */
final class StacClient {
    static final int MAX_PAGES = 50;
    private static final int PAGE_SIZE = 100;

    private final URI api;
    private final HttpRangeClient http;

    StacClient(URI api, HttpRangeClient http) {
        this.api = api;
        this.http = http;
    }

    List<StacItem> search(String collection, BoundingBox box, Season season, double maxCloud) {
        URI searchUri = URI.create(api.toString().replaceAll("/+$", "") + "/search");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("collections", List.of(collection));
        body.put("bbox", List.of(box.west(), box.south(), box.east(), box.north()));
        body.put(
                "datetime",
                season.start().atStartOfDay(ZoneOffset.UTC).toInstant() + "/"
                        + season.end()
                                .atTime(LocalTime.MAX)
                                .atOffset(ZoneOffset.UTC)
                                .toInstant());
        body.put("limit", PAGE_SIZE);
        body.put("query", Map.of("eo:cloud_cover", Map.of("lte", maxCloud)));
        List<StacItem> items = new ArrayList<>();
        HttpRequest.Builder request = post(searchUri, body);
        for (int page = 0; request != null; page++) {
            if (page == MAX_PAGES) {
                throw new RasterException(searchUri.toString(), "more than " + MAX_PAGES + " pages of results");
            }
            String text = http.send(request);
            Map<String, Object> collectionJson =
                    Json.object(Json.parse(text, searchUri.toString()), searchUri.toString(), "");
            for (Object f : Json.array(collectionJson, "features", searchUri.toString(), "")) {
                StacItem item = StacItems.parse(Json.object(f, searchUri.toString(), "features[]"), searchUri);
                if (item.collection().equals(collection)
                        && item.scene().cloudCover() <= maxCloud
                        && season.contains(item.scene().date())) {
                    items.add(item);
                }
            }
            request = next(collectionJson, body, searchUri);
        }
        return items;
    }

    private static HttpRequest.Builder post(URI uri, Map<String, Object> body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/geo+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonWriter.compact(body)));
    }

    @SuppressWarnings("unchecked")
    private static HttpRequest.Builder next(Map<String, Object> page, Map<String, Object> original, URI base) {
        if (!(page.get("links") instanceof List<?> links)) {
            return null;
        }
        for (Object l : links) {
            if (l instanceof Map<?, ?> link
                    && "next".equals(link.get("rel"))
                    && link.get("href") instanceof String href) {
                URI uri = base.resolve(href);
                if ("POST".equalsIgnoreCase(String.valueOf(link.get("method")))) {
                    Map<String, Object> body = link.get("body") instanceof Map<?, ?> b
                            ? new LinkedHashMap<>((Map<String, Object>) b)
                            : new LinkedHashMap<>();
                    if (Boolean.TRUE.equals(link.get("merge"))) {
                        Map<String, Object> merged = new LinkedHashMap<>(original);
                        merged.putAll(body);
                        body = merged;
                    }
                    return post(uri, body);
                }
                return HttpRequest.newBuilder(uri)
                        .header("Accept", "application/geo+json, application/json")
                        .GET();
            }
        }
        return null;
    }
}
