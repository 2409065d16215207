package landcover.raster.imagery.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import landcover.raster.RasterException;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.compose.SceneRef;
import landcover.raster.imagery.json.Json;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/**
 * Reads a scenes folder: one sub-folder per acquisition, as archives serve them, each holding one
 * GeoTIFF per band and a {@code scene.json} (see docs/imagery.md):
 *
 * <pre>
 * SCENES/S2B_30SUF_20230318_0_L2A/scene.json
 * SCENES/S2B_30SUF_20230318_0_L2A/B01.tif … B12.tif, B8A.tif, AOT.tif, WVP.tif, SCL.tif
 * </pre>
 *
 * {@code scene.json} members: {@code datetime} (ISO-8601, or {@code date}), {@code tile} (MGRS),
 * {@code processingBaseline}, {@code cloudCover} (percent) are required; {@code id} (default: the
 * folder name), {@code epsg}, {@code boaOffsetApplied} (default false: DNs as ESA delivers them),
 * {@code synthetic} (default false) and {@code bands} (band → file name; default {@code BAND.tif} for
 * every band file present) are optional.
 */
final class SceneFolder {
    private SceneFolder() {}

    /** Every scene of the folder, sorted by folder name. */
    static List<SceneRef> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RasterException(folder.toString(), "scenes folder does not exist");
        }
        List<SceneRef> scenes = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path dir : children.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("scene.json"))) {
                    scenes.add(read(dir));
                }
            }
        } catch (IOException e) {
            throw new RasterException(folder.toString(), "cannot list scenes: " + e.getMessage(), e);
        }
        return scenes;
    }

    /** One scene folder. */
    static SceneRef read(Path dir) {
        Path file = dir.resolve("scene.json");
        String source = file.toString();
        Map<String, Object> m = Json.object(Json.parse(readText(file), source), source, "");
        ProcessingBaseline baseline = baseline(m, source);
        boolean offsetApplied =
                Json.optionalBoolean(m, "boaOffsetApplied", source, "").orElse(false);
        double cloud = Json.number(m, "cloudCover", source, "");
        if (!(cloud >= 0 && cloud <= 100)) {
            throw Json.error(source, "cloudCover", cloud + " is not a percentage (0-100)");
        }
        Map<S2Band, String> assets = assets(dir, m, source);
        return new SceneRef(
                Json.optionalString(m, "id", source, "")
                        .orElse(dir.getFileName().toString()),
                Json.string(m, "tile", source, ""),
                m.containsKey("epsg") ? new EpsgCode(Json.integer(m, "epsg", source, "")) : crsOf(assets, source),
                acquired(m, source),
                cloud,
                baseline,
                offsetApplied ? L2aRadiometry.NO_OFFSET : L2aRadiometry.of(baseline),
                Json.optionalBoolean(m, "synthetic", source, "").orElse(false),
                assets);
    }

    private static ProcessingBaseline baseline(Map<String, Object> m, String source) {
        String text = Json.string(m, "processingBaseline", source, "");
        try {
            return ProcessingBaseline.parse(text);
        } catch (RuntimeException e) {
            throw Json.error(source, "processingBaseline", "'" + text + "' is not a processing baseline such as 05.09");
        }
    }

    private static Instant acquired(Map<String, Object> m, String source) {
        try {
            if (m.containsKey("datetime")) {
                return Instant.parse(Json.string(m, "datetime", source, ""));
            }
            return LocalDate.parse(Json.string(m, "date", source, ""))
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeException e) {
            throw Json.error(source, m.containsKey("datetime") ? "datetime" : "date", "not an ISO-8601 date or time");
        }
    }

    private static Map<S2Band, String> assets(Path dir, Map<String, Object> m, String source) {
        Map<S2Band, String> assets = new EnumMap<>(S2Band.class);
        if (m.containsKey("bands")) {
            Json.object(m, "bands", source, "").forEach((name, v) -> {
                if (!S2Band.isBand(name)) {
                    throw Json.error(source, "bands." + name, "not a Sentinel-2 L2A band");
                }
                if (!(v instanceof String f)) {
                    throw Json.error(source, "bands." + name, "expected a file name");
                }
                assets.put(S2Band.parse(name), dir.resolve(f).toString());
            });
        } else {
            for (S2Band band : S2Band.values()) {
                Path f = dir.resolve(band.name() + ".tif");
                if (Files.isRegularFile(f)) {
                    assets.put(band, f.toString());
                }
            }
        }
        return assets;
    }

    /** The CRS of the scene's first band file, when scene.json does not say. */
    private static EpsgCode crsOf(Map<S2Band, String> assets, String source) {
        if (assets.isEmpty()) {
            throw Json.error(source, "bands", "the scene has no band files");
        }
        String first = assets.values().iterator().next();
        try (GeoTiffReader reader = GeoTiff.open(Path.of(first))) {
            return reader.info().gridCrs().orElseThrow(() -> new RasterException(first, "no EPSG code in the file"));
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RasterException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
