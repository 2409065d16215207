package landcover.raster.imagery.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import landcover.raster.RasterException;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.compose.SceneRef;

/**
 * Identifies an ingest's inputs, so re-running an unchanged ingest is recognised and skipped: the
 * SHA-256 of the catalog format, the settings (seasons, scene count, sub-tile size, compositing),
 * each scene's {@code scene.json} and the name, size and modification time of each band file and of
 * the DEM. (Hashing the band contents themselves would cost a full read of every scene.)
 */
final class InputsHash {
    private InputsHash() {}

    static String of(IngestSettings settings, List<Season> seasons, List<SceneRef> scenes) {
        MessageDigest sha = sha256();
        add(sha, CatalogModel.FORMAT + "/" + CatalogModel.VERSION + "/" + YearBuilder.LAYOUT);
        add(sha, seasons.toString());
        add(sha, "max=" + settings.maxScenes() + ";subtile=" + settings.subTileSize());
        add(sha, settings.compositing().describe());
        for (SceneRef scene : scenes) {
            add(sha, scene.id());
            scene.assets().values().stream().sorted().forEach(location -> addFile(sha, Path.of(location)));
            Path json = Path.of(scene.assets().values().iterator().next()).resolveSibling("scene.json");
            add(sha, SceneFolder.readText(json));
        }
        settings.dem().ifPresent(dem -> addFile(sha, dem));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void addFile(MessageDigest sha, Path file) {
        try {
            add(
                    sha,
                    file.getFileName() + ":" + Files.size(file) + ":"
                            + Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            throw new RasterException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static void add(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
