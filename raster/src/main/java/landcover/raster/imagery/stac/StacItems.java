package landcover.raster.imagery.stac;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.raster.RasterException;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.compose.SceneRef;
import landcover.raster.imagery.json.Json;
import landcover.raster.imagery.json.JsonWriter;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;

/**
 * Parses Sentinel-2 L2A STAC items as Earth Search v1 ({@code sentinel-2-l2a}, {@code
 * sentinel-2-c1-l2a}), Planetary Computer and CDSE publish them (see
 * shared/data/stac_sentinel2/PROVENANCE.md for their differences):
 *
 * <ul>
 *   <li>bands by asset key ({@code red}, {@code B04}, {@code B04_10m}) or {@code eo:bands} common
 *       name; only COG assets ({@code image/tiff}), so JPEG 2000 twins and CDSE's JP2s are skipped;
 *   <li>tile from {@code s2:mgrs_tile}, {@code grid:code} or {@code mgrs:*}; CRS from {@code
 *       proj:epsg} or {@code proj:code} (item or asset);
 *   <li>processing baseline from {@code s2:processing_baseline}, {@code processing:version} or the
 *       {@code _Nxxyy_} field of the product name;
 *   <li><b>the L2A offset</b>: when {@code earthsearch:boa_offset_applied} is present it decides
 *       (true: Earth Search already removed the −1000, whatever {@code raster:bands} says — its
 *       maintainers call the flag the truth, Element84/earth-search#9); otherwise a {@code scale} and
 *       {@code offset} in the raster extension (c1, CDSE) apply; otherwise (Planetary Computer) the
 *       baseline decides: −1000 DN from 04.00 on.
 * </ul>
 */
final class StacItems {
    private static final Pattern PRODUCT_BASELINE = Pattern.compile("_N(\\d{2})(\\d{2})_");
    private static final Pattern MGRS = Pattern.compile("(\\d{1,2}[C-X][A-Z]{2})");
    private static final Map<String, S2Band> COMMON_NAMES = Map.ofEntries(
            Map.entry("coastal", S2Band.B01),
            Map.entry("blue", S2Band.B02),
            Map.entry("green", S2Band.B03),
            Map.entry("red", S2Band.B04),
            Map.entry("rededge1", S2Band.B05),
            Map.entry("rededge2", S2Band.B06),
            Map.entry("rededge3", S2Band.B07),
            Map.entry("nir", S2Band.B08),
            Map.entry("nir08", S2Band.B8A),
            Map.entry("nir09", S2Band.B09),
            Map.entry("swir16", S2Band.B11),
            Map.entry("swir22", S2Band.B12),
            Map.entry("scl", S2Band.SCL),
            Map.entry("aot", S2Band.AOT),
            Map.entry("wvp", S2Band.WVP));

    private StacItems() {}

    /**
     * One item.
     *
     * @param base the URL the item came from, against which relative hrefs resolve
     * @throws RasterException naming the item and member when something needed is missing
     */
    static StacItem parse(Map<String, Object> item, URI base) {
        String id = Json.string(item, "id", "STAC item", "");
        String source = "STAC item " + id;
        Map<String, Object> props = Json.object(item, "properties", source, "");
        Map<String, Map<String, Object>> assetJson = assetsOf(item, source);
        Map<S2Band, String> hrefs = new EnumMap<>(S2Band.class);
        assetJson.forEach((key, asset) -> band(key, asset).ifPresent(b -> {
            if (isCog(asset) && !hrefs.containsKey(b)) {
                hrefs.put(
                        b,
                        base.resolve(Json.string(asset, "href", source, "assets." + key))
                                .toString());
            }
        }));
        ProcessingBaseline baseline = baseline(id, props, source);
        SceneRef scene = new SceneRef(
                id,
                tile(id, props, source),
                crs(props, assetJson, source),
                datetime(props, source),
                props.get("eo:cloud_cover") instanceof Number n ? n.doubleValue() : 100.0,
                baseline,
                radiometry(props, assetJson, baseline),
                Boolean.TRUE.equals(props.get("landcover:synthetic")),
                hrefs);
        return new StacItem(
                Json.optionalString(item, "collection", source, "").orElse(""), scene, footprint(item, source));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> assetsOf(Map<String, Object> item, String source) {
        Map<String, Object> assets = Json.object(item, "assets", source, "");
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        assets.forEach((k, v) -> out.put(k, Json.object(v, source, "assets." + k)));
        return out;
    }

    /** The band an asset holds: by key (Earth Search, PC, CDSE native resolution) or common name. */
    static Optional<S2Band> band(String key, Map<String, Object> asset) {
        String k = key.toLowerCase(Locale.ROOT);
        if (COMMON_NAMES.containsKey(k)) {
            return Optional.of(COMMON_NAMES.get(k));
        }
        Matcher cdse = Pattern.compile("([a-z0-9]{3})_(\\d{2})m").matcher(k);
        if (cdse.matches() && S2Band.isBand(cdse.group(1))) {
            S2Band b = S2Band.parse(cdse.group(1));
            return b.nativeResolution() == Integer.parseInt(cdse.group(2)) || b == S2Band.AOT || b == S2Band.WVP
                    ? Optional.of(b)
                    : Optional.empty();
        }
        if (S2Band.isBand(key)) {
            return Optional.of(S2Band.parse(key));
        }
        return Optional.empty();
    }

    private static boolean isCog(Map<String, Object> asset) {
        Object type = asset.get("type");
        return !(type instanceof String t) || t.toLowerCase(Locale.ROOT).startsWith("image/tiff");
    }

    static ProcessingBaseline baseline(String id, Map<String, Object> props, String source) {
        for (String key : List.of("s2:processing_baseline", "processing:version")) {
            if (props.get(key) instanceof String s) {
                return ProcessingBaseline.parse(s);
            }
        }
        for (String text : List.of(String.valueOf(props.get("s2:product_uri")), id)) {
            Matcher m = PRODUCT_BASELINE.matcher(text);
            if (m.find()) {
                return ProcessingBaseline.parse(m.group(1) + "." + m.group(2));
            }
        }
        throw Json.error(source, "properties", "no processing baseline (s2:processing_baseline, processing:version)");
    }

    /** The rule above: the Earth Search flag, else raster scale/offset, else the baseline. */
    static L2aRadiometry radiometry(
            Map<String, Object> props, Map<String, Map<String, Object>> assets, ProcessingBaseline baseline) {
        if (props.get("earthsearch:boa_offset_applied") instanceof Boolean applied) {
            return applied ? L2aRadiometry.NO_OFFSET : L2aRadiometry.of(baseline);
        }
        for (Map.Entry<String, Map<String, Object>> e : assets.entrySet()) {
            Optional<S2Band> band = band(e.getKey(), e.getValue());
            if (band.isPresent() && band.get().kind() == S2Band.Kind.REFLECTANCE && isCog(e.getValue())) {
                Optional<double[]> so = scaleOffset(e.getValue());
                if (so.isPresent()) {
                    return L2aRadiometry.fromScaleOffset(so.get()[0], so.get()[1]);
                }
            }
        }
        return L2aRadiometry.of(baseline);
    }

    private static Optional<double[]> scaleOffset(Map<String, Object> asset) {
        if (asset.get("raster:bands") instanceof List<?> bands
                && !bands.isEmpty()
                && bands.getFirst() instanceof Map<?, ?> b
                && b.get("scale") instanceof Number s) {
            return Optional.of(
                    new double[] {s.doubleValue(), b.get("offset") instanceof Number o ? o.doubleValue() : 0});
        }
        if (asset.get("raster:scale") instanceof Number s) {
            return Optional.of(
                    new double[] {s.doubleValue(), asset.get("raster:offset") instanceof Number o ? o.doubleValue() : 0
                    });
        }
        return Optional.empty();
    }

    private static String tile(String id, Map<String, Object> props, String source) {
        if (props.get("s2:mgrs_tile") instanceof String s) {
            return s;
        }
        if (props.get("grid:code") instanceof String g && g.startsWith("MGRS-")) {
            return g.substring(5);
        }
        if (props.get("mgrs:utm_zone") instanceof Number z
                && props.get("mgrs:latitude_band") instanceof String band
                && props.get("mgrs:grid_square") instanceof String square) {
            return z.intValue() + band + square;
        }
        Matcher m = MGRS.matcher(id.replace("_T", "_"));
        if (m.find()) {
            return m.group(1);
        }
        throw Json.error(source, "properties", "no MGRS tile (s2:mgrs_tile, grid:code or mgrs:*)");
    }

    private static EpsgCode crs(Map<String, Object> props, Map<String, Map<String, Object>> assets, String source) {
        Optional<EpsgCode> found = epsg(props);
        for (Map<String, Object> asset : assets.values()) {
            if (found.isEmpty()) {
                found = epsg(asset);
            }
        }
        return found.orElseThrow(() -> Json.error(source, "properties", "no CRS (proj:epsg or proj:code)"));
    }

    private static Optional<EpsgCode> epsg(Map<String, Object> m) {
        if (m.get("proj:epsg") instanceof Number n) {
            return Optional.of(new EpsgCode(n.intValue()));
        }
        if (m.get("proj:code") instanceof String code && code.startsWith("EPSG:")) {
            return Optional.of(EpsgCode.parse(code));
        }
        return Optional.empty();
    }

    private static Instant datetime(Map<String, Object> props, String source) {
        String text = props.get("datetime") instanceof String s
                ? s
                : Json.string(props, "start_datetime", source, "properties");
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw Json.error(source, "properties.datetime", "'" + text + "' is not an RFC 3339 time");
        }
    }

    private static org.locationtech.jts.geom.Geometry footprint(Map<String, Object> item, String source) {
        Object geometry = item.get("geometry");
        if (geometry == null) {
            throw Json.error(source, "geometry", "missing");
        }
        try {
            return Aoi.parse(JsonWriter.compact(geometry), AoiLimits.DEFAULT.withMaxAreaKm2(1e6))
                    .geometry();
        } catch (RuntimeException e) {
            throw new RasterException(source, "geometry: " + e.getMessage(), e);
        }
    }
}
