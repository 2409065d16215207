package landcover.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.raster.features.FeatureList;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.SeasonReport;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.tiff.CogWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover imagery features --catalog DIR --year Y --aoi FILE --features LIST --out OUT.tif}:
 * the feature stack of an AOI from a local catalog as a float32 COG; prints {@code {"written":…,
 * "width":…,"height":…,"features":[…],"nodataShare":…,"seasons":[{"season":…,"status":…,
 * "scenes":[…],"clearShare":…}],"synthetic":…}}.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "features",
        description = {
            "Write the feature stack of an AOI for a year from a local catalog (float32 COG, one band per",
            "feature, NaN = no data) and report what was missing per season."
        })
final class ImageryFeaturesCommand implements Callable<Integer> {
    @Option(names = "--catalog", required = true, paramLabel = "DIR", description = "The catalog folder.")
    Path catalog;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year.")
    String year;

    @Option(names = "--aoi", required = true, paramLabel = "FILE", description = "GeoJSON AOI (WGS 84).")
    Path aoiFile;

    @Option(
            names = "--features",
            required = true,
            paramLabel = "LIST",
            description = "Comma-separated feature names (summer_B11,spring_ndvi,slope,…) or 'baseline15'.")
    String features;

    @Option(names = "--out", required = true, paramLabel = "OUT.tif", description = "The COG to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> names = features.strip().equalsIgnoreCase("baseline15")
                ? FeatureList.BASELINE_15.names()
                : List.of(features.split(","));
        Aoi aoi = Aoi.parse(InputFiles.readText(aoiFile), AoiLimits.DEFAULT);
        Year y = Year.parse(year);
        try (ImagerySource source = LocalCatalog.open(catalog)) {
            FeatureRead read = source.read(
                    new FeatureRequest(y, aoi, names.stream().map(String::strip).toList()));
            CogWriter.write(read.features(), out);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("written", out.toString());
            result.put("width", read.features().width());
            result.put("height", read.features().height());
            result.put("features", read.features().bandNames());
            result.put("nodataShare", JsonOutput.rounded(read.nodataShare(), 6));
            result.put(
                    "seasons",
                    read.seasons().stream().map(ImageryFeaturesCommand::season).toList());
            result.put("synthetic", source.isSynthetic(y));
            spec.commandLine().getOut().println(JsonOutput.line(result));
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> season(SeasonReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("season", r.season().name());
        m.put("status", r.status().name());
        m.put("scenes", r.sceneIds());
        m.put("clearShare", JsonOutput.rounded(r.clearShare(), 6));
        return m;
    }
}
