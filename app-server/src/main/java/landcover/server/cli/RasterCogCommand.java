package landcover.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.raster.Raster;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffInfo;
import landcover.raster.tiff.GeoTiffReader;
import landcover.raster.tiff.Photometric;
import landcover.raster.tiff.Resampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landcover raster cog IN OUT}: rewrites a readable GeoTIFF as a Cloud-Optimized GeoTIFF with
 * the same pixels, georeferencing, nodata, colour table and band names. Prints {@code
 * {"written":OUT,"bytes":…,"overviews":[[w,h],…]}}.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "cog",
        description = {
            "Rewrite a GeoTIFF as a Cloud-Optimized GeoTIFF (tiled, Deflate, internal overviews)",
            "with the same pixels, georeferencing, nodata, colour table and band names.",
            "OUT is replaced atomically. Prints {\"written\":OUT,\"bytes\":…,\"overviews\":[[w,h],…]}."
        })
final class RasterCogCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "A GeoTIFF or BigTIFF file.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The COG to write.")
    Path output;

    @Option(
            names = "--block-size",
            paramLabel = "PIXELS",
            description = "Tile size, a multiple of 16 (default: ${DEFAULT-VALUE}).",
            defaultValue = "256")
    int blockSize;

    @Option(
            names = "--resampling",
            paramLabel = "METHOD",
            description = "Overview resampling: auto (mode with a colour table, else average), nearest, average, mode"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "auto")
    String resampling;

    @Option(names = "--no-overviews", description = "Write no overviews.")
    boolean noOverviews;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CogOptions options = options();
        checkOutput();
        Raster raster;
        try (GeoTiffReader reader = GeoTiff.open(input)) {
            options = keepLook(reader.info(), options);
            raster = reader.read();
        }
        CogWriter.write(raster, output, options);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("written", output.toString());
        result.put("bytes", output.toFile().length());
        try (GeoTiffReader written = GeoTiff.open(output)) {
            result.put(
                    "overviews",
                    written.info().overviews().stream()
                            .map(o -> List.of(o.width(), o.height()))
                            .toList());
        }
        spec.commandLine().getOut().println(JsonOutput.line(result));
        return ExitCodes.OK;
    }

    private void checkOutput() {
        Path parent = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output)) {
            throw new BadInputException("cannot write " + output + ": it is a directory");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException("cannot write " + output + ": no such directory");
        }
    }

    /** The source's colour table and RGB interpretation carry over. */
    private static CogOptions keepLook(GeoTiffInfo info, CogOptions options) {
        CogOptions out = info.colorTable().map(options::withColorTable).orElse(options);
        return info.photometric() == Photometric.RGB && info.bandCount() >= 3
                ? out.withPhotometric(Photometric.RGB)
                : out;
    }

    private CogOptions options() {
        if (blockSize < 16 || blockSize > 4096 || blockSize % 16 != 0) {
            throw new BadInputException("--block-size must be a multiple of 16 from 16 to 4096, was " + blockSize);
        }
        Resampling method = switch (resampling.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "nearest" -> Resampling.NEAREST;
            case "average" -> Resampling.AVERAGE;
            case "mode" -> Resampling.MODE;
            default ->
                throw new BadInputException(
                        "--resampling must be auto, nearest, average or mode, was '" + resampling + "'");
        };
        return CogOptions.defaults().withBlockSize(blockSize).withOverviews(!noOverviews, method);
    }
}
