package landcover.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.features.FeatureList;
import landcover.raster.features.FeatureSpace;
import landcover.raster.features.FeatureStackOp;
import landcover.raster.folder.BandFolder;
import landcover.raster.folder.WindowReads;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.OutputGrid;
import landcover.raster.grid.Resampling;
import landcover.raster.s2.CloudMaskPolicy;
import landcover.raster.s2.CompositeSettings;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;
import landcover.raster.tiff.CogWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover raster features --bands DIR --features LIST --aoi FILE --out OUT.tif}: the
 * feature stack of an AOI as a float32 COG (one band per feature, named by it, NaN nodata) on the
 * AOI's output grid (UTM zone of its centre, 10 m lattice). Folder layout: see {@link BandFolder}.
 * Prints {@code {"written":OUT,"width":…,"height":…,"epsg":…,"geoTransform":[…],"features":[…],
 * "featureHash":…,"aoiPixels":…,"completePixels":…}}.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "features",
        description = {
            "Build the feature stack of an AOI from a folder of Sentinel-2 band files and write it as a",
            "float32 COG, one band per feature (NaN = no data). Band files: B04.tif, B8A_20m.tif, SCL.tif …",
            "(GeoTIFF, any of 10/20/60 m) in DIR/<season>/<scene>/, DIR/<season>/ or DIR/ (then --season).",
            "DEM: --dem FILE or DIR/DEM.tif. The BOA offset comes from product-named folders (…_N0400_…)",
            "or --processing-baseline."
        })
final class RasterFeaturesCommand implements Callable<Integer> {
    @Option(names = "--bands", required = true, paramLabel = "DIR", description = "Folder of band files.")
    Path bands;

    @Option(
            names = "--features",
            required = true,
            paramLabel = "LIST",
            description = "Comma-separated feature names (summer_B11,spring_ndvi,slope,…) or 'baseline15'.")
    String features;

    @Option(names = "--aoi", required = true, paramLabel = "FILE", description = "GeoJSON AOI (WGS 84).")
    Path aoiFile;

    @Option(names = "--out", required = true, paramLabel = "OUT.tif", description = "The COG to write.")
    Path out;

    @Option(names = "--dem", paramLabel = "FILE", description = "DEM GeoTIFF (default: DEM.tif in DIR).")
    Path dem;

    @Option(
            names = "--season",
            paramLabel = "NAME",
            description = "Season of a DIR holding band files directly (default: the features' only season).")
    String season;

    @Option(
            names = "--processing-baseline",
            paramLabel = "XX.YY",
            description = "Baseline of scenes whose folder names carry none (04.00 and later: DN offset 1000).")
    String baseline;

    @Option(
            names = "--no-cloud-mask",
            description = "Do not mask with SCL (for imagery without SCL); only DN 0 is left out.")
    boolean noCloudMask;

    @Option(
            names = "--max-area-km2",
            paramLabel = "KM2",
            description = "Largest accepted AOI in km² (default: ${DEFAULT-VALUE}).",
            defaultValue = "20000")
    double maxAreaKm2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Aoi aoi = Aoi.parse(InputFiles.readText(aoiFile), AoiLimits.DEFAULT.withMaxAreaKm2(maxAreaKm2));
        checkOutput();
        String names = features.strip().equalsIgnoreCase("baseline15") ? FeatureList.BASELINE_15.toString() : features;
        BandFolder folder = scan(names);
        FeatureList list = new FeatureSpace(folder.seasons()).parseList(names);
        ProcessingBaseline fallback = baseline == null ? null : ProcessingBaseline.parse(baseline);
        GridGeometry grid = OutputGrid.forAoi(aoi, 10);
        CompositeSettings settings = new CompositeSettings(
                noCloudMask ? CloudMaskPolicy.NONE : CloudMaskPolicy.STANDARD, Resampling.NEAREST);
        Map<String, List<S2Scene>> scenes = new LinkedHashMap<>();
        for (String s : list.seasons()) {
            scenes.put(s, folder.read(s, bandsToRead(list, s, settings), grid, fallback));
        }
        Raster stack =
                FeatureStackOp.build(list, grid, scenes, list.needsDem() ? readDem(folder, grid) : null, settings);
        AoiMask mask = AoiRasterizer.rasterize(aoi, grid);
        long complete = maskOutside(stack, mask);
        CogWriter.write(stack, out);
        spec.commandLine().getOut().println(JsonOutput.line(summary(stack, list, mask, complete)));
        return ExitCodes.OK;
    }

    private void checkOutput() {
        Path parent = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out) || (parent != null && !Files.isDirectory(parent))) {
            throw new BadInputException("cannot write " + out + ": not a file in an existing folder");
        }
    }

    /**
     * The band folder. A folder holding band files directly is one season's scene: --season names
     * it, else the one season the feature names use.
     */
    private BandFolder scan(String names) {
        if (!Files.isDirectory(bands)) {
            throw new BadInputException("cannot read " + bands + ": no such folder");
        }
        String flat = season != null ? season : onlySeasonNamedIn(names);
        return BandFolder.scan(bands, flat);
    }

    /** The season prefix shared by every seasonal name ({@code summer} in {@code summer_B04}), or null. */
    private static String onlySeasonNamedIn(String names) {
        TreeSet<String> prefixes = new TreeSet<>();
        for (String name : names.split(",")) {
            int cut = name.strip().indexOf('_');
            if (cut > 0) {
                prefixes.add(name.strip().substring(0, cut).toLowerCase(Locale.ROOT));
            }
        }
        return prefixes.size() == 1 ? prefixes.first() : null;
    }

    private static Set<S2Band> bandsToRead(FeatureList list, String season, CompositeSettings settings) {
        Set<S2Band> needed = EnumSet.copyOf(list.bandsFor(season));
        if (settings.cloudMask().needsScl()) {
            needed.add(S2Band.SCL);
        }
        return needed;
    }

    private Raster readDem(BandFolder folder, GridGeometry grid) {
        Path file = dem != null
                ? dem
                : folder.dem()
                        .orElseThrow(() -> new BadInputException(
                                "the features need a DEM: pass --dem FILE or put DEM.tif in " + bands));
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("cannot read " + file + ": no such file");
        }
        return WindowReads.read(file, grid, 1)
                .orElseThrow(() -> RasterException.of(file, "the DEM does not cover the AOI"));
    }

    /** NaN outside the AOI; returns the pixels inside the AOI with every feature present. */
    private static long maskOutside(Raster stack, AoiMask mask) {
        GridGeometry grid = stack.grid();
        var w = mask.window();
        long complete = 0;
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                boolean inside = w.contains(c, r) && mask.isInside(c - w.col(), r - w.row());
                int i = r * grid.width() + c;
                if (!inside) {
                    for (int b = 0; b < stack.bandCount(); b++) {
                        stack.band(b)[i] = Float.NaN;
                    }
                } else if (!Float.isNaN(stack.band(0)[i])) {
                    complete++;
                }
            }
        }
        return complete;
    }

    private Map<String, Object> summary(Raster stack, FeatureList list, AoiMask mask, long complete) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("written", out.toString());
        result.put("width", stack.width());
        result.put("height", stack.height());
        result.put("epsg", stack.grid().crs().code());
        result.put("geoTransform", stack.grid().transform().toGdal());
        result.put("features", list.names());
        result.put("featureHash", list.hash());
        result.put("aoiPixels", mask.insideCount());
        result.put("completePixels", complete);
        return result;
    }
}
