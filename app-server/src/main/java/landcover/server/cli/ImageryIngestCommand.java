package landcover.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.Year;
import landcover.raster.imagery.SeasonCalendar;
import landcover.raster.imagery.catalog.CatalogIngestOp;
import landcover.raster.imagery.catalog.IngestResult;
import landcover.raster.imagery.catalog.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover imagery ingest --scenes DIR --dem FILE --year Y --catalog DIR}: builds one year of
 * a local catalog and prints {@code {"year":…,"directory":…,"upToDate":…,"scenes":…,"scenesUsed":…,
 * "subTiles":…,"synthetic":…,"seconds":…}}.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "ingest",
        description = {
            "Composite a year of Sentinel-2 L2A scenes into a local catalog: per tile and season the",
            "least-cloudy scenes, SCL-masked per-pixel median, cut into COG sub-tiles, plus terrain.",
            "Scenes folder: one sub-folder per scene with B01.tif … B12.tif, B8A.tif, AOT.tif, WVP.tif,",
            "SCL.tif and scene.json (see docs/imagery.md). Re-running with the same inputs does nothing;",
            "a crash leaves the catalog as it was."
        })
final class ImageryIngestCommand implements Callable<Integer> {
    @Option(names = "--scenes", required = true, paramLabel = "DIR", description = "The scenes folder.")
    Path scenes;

    @Option(names = "--dem", paramLabel = "FILE", description = "DEM GeoTIFF for terrain features.")
    Path dem;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year to ingest.")
    String year;

    @Option(names = "--catalog", required = true, paramLabel = "DIR", description = "The catalog folder.")
    Path catalog;

    @Option(
            names = "--seasons",
            paramLabel = "SPEC",
            description = "Season windows, e.g. spring=03-01..04-30,summer=06-01..07-31 (default: ${DEFAULT-VALUE}).",
            defaultValue = "spring=03-01..04-30,summer=06-01..07-31,autumn=10-01..11-30")
    String seasons;

    @Option(
            names = "--max-scenes",
            paramLabel = "N",
            description = "Least-cloudy scenes per season and tile (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int maxScenes;

    @Option(
            names = "--subtile",
            paramLabel = "PIXELS",
            description = "Side of the catalog's sub-tiles in 10 m pixels (default: ${DEFAULT-VALUE}).",
            defaultValue = "512")
    int subTile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        IngestSettings settings = IngestSettings.of(scenes, dem, Year.parse(year), catalog)
                .withSeasons(SeasonCalendar.parse(seasons))
                .withMaxScenes(maxScenes)
                .withSubTileSize(subTile);
        IngestResult result = CatalogIngestOp.run(settings);
        spec.commandLine().getOut().println(JsonOutput.line(json(result, start)));
        return ExitCodes.OK;
    }

    static Map<String, Object> json(IngestResult result, long start) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", result.year());
        out.put("directory", result.directory().toString());
        out.put("upToDate", result.upToDate());
        out.put("scenes", result.scenes());
        out.put("scenesUsed", result.scenesUsed());
        out.put("subTiles", result.subTiles());
        out.put("synthetic", result.synthetic());
        out.put("seconds", JsonOutput.rounded((System.nanoTime() - start) / 1e9, 1));
        return out;
    }
}
