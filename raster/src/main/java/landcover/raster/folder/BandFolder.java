package landcover.raster.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import landcover.raster.RasterException;
import landcover.raster.grid.GridGeometry;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;

/**
 * A folder of Sentinel-2 band files, as {@code landcover raster features --bands DIR} reads it.
 *
 * <p><b>Band files</b> are GeoTIFFs (recognised by content, so {@code .jp2}-named GeoTIFFs work)
 * whose name up to the first {@code _} or {@code .} is a band, case-insensitively: {@code B04.tif},
 * {@code B04_10m.jp2}, {@code b8a.TIF}, {@code SCL_20m.tif}. Any of 10, 20 or 60 m; when a scene has
 * one band at several resolutions the finest is used. Other files are ignored.
 *
 * <p><b>Layouts</b> (a <em>scene folder</em> holds band files directly):
 *
 * <ul>
 *   <li>{@code DIR/<season>/<scene>/B04.tif}: several scenes per season, composited;
 *   <li>{@code DIR/<season>/B04.tif}: one scene per season;
 *   <li>{@code DIR/B04.tif}: one scene, of a season named by the caller.
 * </ul>
 *
 * <p><b>DEM</b>: a GeoTIFF in DIR named {@code dem} or {@code DEM} up to the first {@code _} or
 * {@code .} ({@code DEM.tif}, {@code dem_30m.tif}); the caller may name another file.
 *
 * <p><b>Processing baseline</b> (the BOA offset): from the nearest folder name holding a product
 * name's {@code _Nxxyy} field (scene, then season, then DIR), else the caller's default, else an
 * error: a product's offset is never guessed.
 *
 * <p>Immutable once scanned; thread-safe.
 */
public final class BandFolder {
    private static final Pattern BASELINE_FIELD = Pattern.compile(".*_N\\d{4}(_.*)?");

    private final Path root;
    private final Map<String, List<SceneFiles>> seasons;
    private final Optional<Path> dem;

    private BandFolder(Path root, Map<String, List<SceneFiles>> seasons, Optional<Path> dem) {
        this.root = root;
        this.seasons = seasons;
        this.dem = dem;
    }

    /**
     * Scans {@code root}.
     *
     * @param flatSeason the season of a folder holding band files directly, or null
     * @throws RasterException when the folder is missing or holds no band files
     */
    public static BandFolder scan(Path folder, String flatSeason) {
        if (!Files.isDirectory(folder)) {
            throw RasterException.of(folder, "not a folder");
        }
        Path root = folder.toAbsolutePath().normalize();
        Map<String, List<SceneFiles>> seasons = new LinkedHashMap<>();
        if (!BandFiles.in(root).isEmpty()) {
            if (flatSeason == null) {
                throw RasterException.of(root, "holds band files directly: name their season (--season)");
            }
            seasons.put(flatSeason, List.of(scene(root)));
        } else {
            for (Path seasonDir : subfolders(root)) {
                List<SceneFiles> scenes = scenesOf(seasonDir);
                if (!scenes.isEmpty()) {
                    seasons.put(seasonDir.getFileName().toString(), scenes);
                }
            }
        }
        if (seasons.isEmpty()) {
            throw RasterException.of(root, "holds no band files (B04.tif, B8A_20m.tif, SCL.tif, …) in any layout");
        }
        return new BandFolder(root, seasons, BandFiles.dem(root));
    }

    private static List<SceneFiles> scenesOf(Path seasonDir) {
        if (!BandFiles.in(seasonDir).isEmpty()) {
            return List.of(scene(seasonDir));
        }
        List<SceneFiles> scenes = new ArrayList<>();
        for (Path sceneDir : subfolders(seasonDir)) {
            if (!BandFiles.in(sceneDir).isEmpty()) {
                scenes.add(scene(sceneDir));
            }
        }
        return scenes;
    }

    private static SceneFiles scene(Path dir) {
        return new SceneFiles(dir, BandFiles.in(dir));
    }

    /** The baseline of a scene folder: see the class comment. */
    private ProcessingBaseline baseline(Path dir, ProcessingBaseline defaultBaseline) {
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
            String name = d.getFileName() == null ? "" : d.getFileName().toString();
            // A product name (…_N0400_…) in the scene, season or root folder's name.
            if (BASELINE_FIELD.matcher(name).matches()) {
                return ProcessingBaseline.fromProductName(name + "_");
            }
        }
        if (defaultBaseline == null) {
            throw RasterException.of(
                    dir,
                    "processing baseline unknown: name the folder after the product"
                            + " (S2B_MSIL2A_…_N0400_…) or give a default (--processing-baseline 04.00)");
        }
        return defaultBaseline;
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new RasterException(dir.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** The folder scanned. */
    public Path root() {
        return root;
    }

    /** Season names, as the folders name them (or the flat season). */
    public List<String> seasons() {
        return List.copyOf(seasons.keySet());
    }

    /** The DEM found in the folder, if any. */
    public Optional<Path> dem() {
        return dem;
    }

    /** True when the folder holds band files directly (one scene of one season). */
    public boolean isFlat() {
        return seasons.size() == 1
                && seasons.values().iterator().next().getFirst().dir().equals(root);
    }

    /** The scene folders of a season. */
    public List<Path> sceneFolders(String season) {
        return scenes(season).stream().map(SceneFiles::dir).toList();
    }

    private List<SceneFiles> scenes(String season) {
        List<SceneFiles> scenes = seasons.get(season);
        if (scenes == null) {
            throw RasterException.of(root, "has no season '" + season + "' (has " + seasons.keySet() + ")");
        }
        return scenes;
    }

    /**
     * Reads a season's scenes for {@code target}: of each band only the window covering it. Scenes
     * that do not reach the target are left out.
     *
     * @param defaultBaseline the baseline of scenes whose folder names carry none, or null
     * @throws RasterException when a scene lacks a band (naming it and the folder), its baseline is
     *     unknown, or no scene of the season reaches the target (naming the target and the bands'
     *     extent)
     */
    public List<S2Scene> read(
            String season, Set<S2Band> bands, GridGeometry target, ProcessingBaseline defaultBaseline) {
        List<S2Scene> out = new ArrayList<>();
        List<String> extents = new ArrayList<>();
        for (SceneFiles scene : scenes(season)) {
            Map<S2Band, Path> files = new EnumMap<>(S2Band.class);
            Set<S2Band> missing = java.util.EnumSet.noneOf(S2Band.class);
            for (S2Band band : bands) {
                Path file = scene.files().get(band);
                if (file == null) {
                    missing.add(band);
                } else {
                    files.put(band, file);
                }
            }
            if (!missing.isEmpty()) {
                throw RasterException.of(
                        scene.dir(),
                        "missing " + (missing.size() == 1 ? "band " : "bands ")
                                + String.join(
                                        ", ", missing.stream().map(S2Band::name).toList()) + " (has "
                                + scene.files().keySet() + ")");
            }
            L2aRadiometry radiometry = L2aRadiometry.of(baseline(scene.dir(), defaultBaseline));
            Optional<S2Scene> read = WindowReads.scene(scene.dir().toString(), radiometry, files, target);
            read.ifPresent(out::add);
            if (read.isEmpty()) {
                extents.add(WindowReads.extent(files.values().iterator().next()));
            }
        }
        if (out.isEmpty()) {
            throw new RasterException(
                    "AOI",
                    "the output grid " + describe(target) + " lies outside the " + season + " bands ("
                            + String.join("; ", extents) + ")");
        }
        return out;
    }

    static String describe(GridGeometry g) {
        double x0 = g.transform().originX();
        double y0 = g.transform().originY();
        return String.format(
                Locale.ROOT,
                "%s x %.0f..%.0f, y %.0f..%.0f",
                g.crs(),
                x0,
                x0 + g.width() * g.transform().pixelWidth(),
                y0 + g.height() * g.transform().pixelHeight(),
                y0);
    }

    /** One scene folder and its band files. */
    record SceneFiles(Path dir, Map<S2Band, Path> files) {}
}
