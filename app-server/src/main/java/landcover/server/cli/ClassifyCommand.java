package landcover.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import landcover.domain.aoi.Aoi;
import landcover.mlops.inference.FeaturePlanes;
import landcover.mlops.inference.FeatureStack;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.inference.ParallelClassifier;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.AoiMask;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.ColorTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover classify}: runs a model directory's compiled forest over a GeoTIFF stack (or the
 * part covering an AOI) and writes the class COG; prints a JSON summary.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "classify",
        description = {
            "Classify a GeoTIFF stack with a trained model.",
            "Writes OUT.tif: uint8 class codes, colour table from the model's scheme, nodata 0 (COG).",
            "--probabilities writes the top-class probability as float32 in [0,1], nodata 0.",
            "Prints {\"pixels\":…,\"validPixels\":…,\"meanConfidence\":…,\"classPixels\":{code:count}}."
        })
final class ClassifyCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory written by train.")
    Path model;

    @Option(
            names = "--stack",
            required = true,
            split = ",",
            paramLabel = "FILE",
            description = "GeoTIFF(s) with the model's features.")
    List<Path> stack;

    @Option(
            names = "--band-names",
            split = ",",
            paramLabel = "NAME",
            description = "Feature names of the stack bands, in order.")
    List<String> bandNames;

    @Option(
            names = "--aoi",
            paramLabel = "FILE",
            description = "GeoJSON AOI: classify only its pixels (output covers its window).")
    Path aoi;

    @Option(names = "--out", required = true, paramLabel = "OUT.tif", description = "Class COG to write.")
    Path out;

    @Option(names = "--probabilities", paramLabel = "OUT2.tif", description = "Top-class probability COG to write.")
    Path probabilities;

    @Option(names = "--threads", defaultValue = "0", description = "Threads; 0 = all cores.")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelDirectory.ServingModel served = ModelDirectory.load(model);
        Aoi area = aoi == null ? null : Aoi.parse(InputFiles.readText(aoi));
        Raster raster = FeatureStack.read(stack, Optional.ofNullable(bandNames), area);
        boolean[] mask = area == null ? null : insideMask(FeatureStack.mask(area, raster.grid()), raster);
        FeaturePlanes planes = FeatureStack.planes(raster, served.forest().features(), mask);
        int n = (int) raster.grid().pixelCount();
        byte[] classes = new byte[n];
        float[] top = new float[n];
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            new ParallelClassifier(served.forest(), pool, workers, ParallelClassifier.DEFAULT_BLOCK)
                    .classify(planes, classes, top);
        }
        float[] classPlane = new float[n];
        for (int i = 0; i < n; i++) {
            classPlane[i] = classes[i] & 0xff;
        }
        Raster classRaster = new Raster(
                raster.grid(), DataType.UINT8, List.of("class"), new float[][] {classPlane}, OptionalDouble.of(0));
        CogWriter.write(classRaster, out, CogOptions.defaults().withColorTable(ColorTable.of(served.scheme())));
        if (probabilities != null) {
            Raster p = new Raster(
                    raster.grid(), DataType.FLOAT32, List.of("probability"), new float[][] {top}, OptionalDouble.of(0));
            CogWriter.write(p, probabilities, CogOptions.defaults());
        }
        spec.commandLine().getOut().println(JsonOutput.line(summary(classes, top)));
        return ExitCodes.OK;
    }

    /** The AOI mask on the window grid (the raster was read for exactly the mask's window). */
    private static boolean[] insideMask(AoiMask mask, Raster raster) {
        boolean[] inside = new boolean[(int) raster.grid().pixelCount()];
        for (int i = 0; i < inside.length; i++) {
            inside[i] = mask.isInside(i);
        }
        return inside;
    }

    private static Map<String, Object> summary(byte[] classes, float[] top) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        long valid = 0;
        double confidence = 0;
        for (int i = 0; i < classes.length; i++) {
            int c = classes[i] & 0xff;
            if (c != 0) {
                valid++;
                confidence += top[i];
                counts.merge(c, 1L, Long::sum);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("pixels", classes.length);
        result.put("validPixels", valid);
        result.put("meanConfidence", JsonOutput.rounded(valid == 0 ? 0 : confidence / valid, 6));
        Map<String, Long> byCode = new LinkedHashMap<>();
        counts.forEach((code, count) -> byCode.put(Integer.toString(code), count));
        result.put("classPixels", byCode);
        return result;
    }
}
