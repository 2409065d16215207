package landcover.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landcover validate-aoi FILE}: checks a GeoJSON AOI and prints {@code
 * {"valid":true,"areaM2":…,"bbox":[w,s,e,n]}}, or the reason on stderr with exit code 2.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "validate-aoi",
        description = {
            "Check a GeoJSON area of interest (Polygon, MultiPolygon, Feature or FeatureCollection).",
            "Prints {\"valid\":true,\"areaM2\":…,\"bbox\":[west,south,east,north]} and exits 0,",
            "or prints the reason on stderr and exits 2."
        })
final class ValidateAoiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "GeoJSON file (RFC 7946, WGS84 lon/lat).")
    Path file;

    @Option(
            names = "--max-area-km2",
            paramLabel = "KM2",
            description = "Largest accepted area in km² (default: ${DEFAULT-VALUE}).",
            defaultValue = "20000")
    double maxAreaKm2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(maxAreaKm2 > 0)) {
            throw new BadInputException("--max-area-km2 must be positive, was " + maxAreaKm2);
        }
        Aoi aoi = Aoi.parse(InputFiles.readText(file), AoiLimits.DEFAULT.withMaxAreaKm2(maxAreaKm2));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("valid", true);
        result.put("areaM2", JsonOutput.rounded(aoi.areaM2(), 3));
        result.put("bbox", aoi.bbox().toArray());
        spec.commandLine().getOut().println(JsonOutput.line(result));
        return ExitCodes.OK;
    }
}
