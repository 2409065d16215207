package landcover.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.Year;
import landcover.raster.imagery.catalog.CatalogIngestOp;
import landcover.raster.imagery.catalog.IngestSettings;
import landcover.raster.imagery.sample.SampleFiles;
import landcover.raster.imagery.sample.SampleRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover sample-region --out DIR [--catalog DIR]}: writes the synthetic sample region and,
 * with {@code --catalog}, ingests every year of it; prints {@code {"out":…,"synthetic":true,"years":
 * […],"changeYear":…,"catalog":…,"seconds":…}}.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "sample-region",
        description = {
            "Write the SYNTHETIC sample region: Sentinel-2 L2A-like scenes (every band, SCL with clouds),",
            "DEM, true class maps and validated points for 2020-2024 over 10 km of UTM 30N near Malaga,",
            "generated deterministically so the whole lifecycle runs offline. With --catalog, also ingest",
            "every year into a local imagery catalog."
        })
final class SampleRegionCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the region.")
    Path out;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Also ingest every year into this catalog.")
    Path catalog;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Generator seed (default: ${DEFAULT-VALUE}, the shipped region).",
            defaultValue = "20230611")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        spec.commandLine().getErr().println("landcover: writing the synthetic sample region to " + out);
        SampleFiles files = SampleRegion.generate(out, seed);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("out", files.root().toString());
        result.put("synthetic", true);
        result.put("years", SampleRegion.years().stream().map(Year::value).toList());
        result.put("changeYear", SampleRegion.CHANGE_YEAR);
        result.put("generateSeconds", JsonOutput.rounded((System.nanoTime() - start) / 1e9, 1));
        if (catalog != null) {
            List<Object> ingested = new ArrayList<>();
            for (Year year : SampleRegion.years()) {
                spec.commandLine().getErr().println("landcover: ingesting " + year + " into " + catalog);
                long t = System.nanoTime();
                ingested.add(ImageryIngestCommand.json(
                        CatalogIngestOp.run(IngestSettings.of(files.scenes(year.value()), files.dem(), year, catalog)),
                        t));
            }
            result.put("catalog", catalog.toString());
            result.put("ingested", ingested);
        }
        result.put("seconds", JsonOutput.rounded((System.nanoTime() - start) / 1e9, 1));
        spec.commandLine().getOut().println(JsonOutput.line(result));
        return ExitCodes.OK;
    }
}
