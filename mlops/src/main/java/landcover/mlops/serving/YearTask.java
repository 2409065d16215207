package landcover.mlops.serving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.domain.Alias;
import landcover.domain.LandCoverClass;
import landcover.domain.Year;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.serving.shadow.ServedAoi;
import landcover.mlops.serving.shadow.ServedAoiObserver;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.ColorTable;
import landcover.raster.tiff.Compression;

/**
 * One year of one prediction, start to end: read the features of the AOI's windows, classify the AOI
 * pixels, sum areas, store the rasters, summarise. Runs on a replica's thread (or a job's).
 * Stateless beyond its inputs.
 */
final class YearTask {
    /** What every year task shares; {@code observer} hears of every production prediction served. */
    record Context(
            ImagerySource imagery,
            ResultStore store,
            PixelAreas areas,
            Coverage coverage,
            ServedAoiObserver observer,
            java.time.Clock clock) {}

    /** Who serves it: the model, its alias, and the replica's id. */
    record Serving(LoadedModel model, Alias alias, String replica) {}

    private final Context context;
    private final PredictionId id;
    private final PredictionRequest request;
    private final Year year;
    private final long submittedNanos;

    YearTask(Context context, PredictionId id, PredictionRequest request, Year year, long submittedNanos) {
        this.context = context;
        this.id = id;
        this.request = request;
        this.year = year;
        this.submittedNanos = submittedNanos;
    }

    Year year() {
        return year;
    }

    YearPrediction run(Serving serving, Classification classification, Duration queued) {
        CompiledForest forest = serving.model().forest();
        long t0 = System.nanoTime();
        FeatureRead read = read(forest);
        long t1 = System.nanoTime();
        GridGeometry grid = read.mask().windowGrid();
        PixelAreas.Cells cells = context.areas().of(grid);
        AoiPixels in = AoiPixels.of(read.features(), read.mask(), forest.features(), cells);
        ClassifiedAoi out = AoiClassifier.newOutput(in.pixels(), forest.classCount(), request.probabilities());
        Tally tally = classification.run(in, out, cells.count(), forest.classCount());
        AreaSummary summary =
                AreaSummary.of(tally, cells, forest, serving.model().scheme());
        long t2 = System.nanoTime();
        boolean synthetic = serving.model().isSynthetic() || context.imagery().isSynthetic(year);
        store(serving, grid, out, synthetic);
        long t3 = System.nanoTime();
        observe(serving, read, in, out, grid);
        PredictionTiming timing = new PredictionTiming(
                queued,
                Duration.ofNanos(t1 - t0),
                Duration.ofNanos(t2 - t1),
                Duration.ofNanos(t3 - t2),
                Duration.ofNanos(t3 - submittedNanos));
        return new YearPrediction(
                year,
                serving.model().id(),
                serving.alias(),
                serving.replica(),
                summary.meanConfidence(),
                summary.pixels().nodataRatio(),
                summary.classAreas(),
                summary.pixels(),
                summary.nodataAreaM2(),
                grid.crs(),
                synthetic,
                read.seasons(),
                request.probabilities(),
                timing);
    }

    /* Hands the production answer to the observers (shadow mirror, drift); they return at once. */
    private void observe(Serving serving, FeatureRead read, AoiPixels in, ClassifiedAoi out, GridGeometry grid) {
        if (serving.alias().equals(Alias.PRODUCTION)) {
            context.observer()
                    .served(new ServedAoi(
                            year,
                            serving.model().id(),
                            serving.model().forest().features().names(),
                            in.planes(),
                            in.nodata(),
                            read.mask(),
                            out.classes(),
                            out.top(),
                            grid.resolution() * grid.resolution(),
                            context.clock().instant()));
        }
    }

    private FeatureRead read(CompiledForest forest) {
        try {
            return context.imagery()
                    .read(new FeatureRequest(
                            year, request.aoi(), forest.features().names()));
        } catch (NoImageryException e) {
            throw context.coverage().explain(year, request.aoi(), e);
        }
    }

    private void store(Serving serving, GridGeometry grid, ClassifiedAoi out, boolean synthetic) {
        byte[] classes = out.classes();
        float[] plane = new float[classes.length];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = classes[i] & 0xff;
        }
        Raster classRaster =
                new Raster(grid, DataType.UINT8, List.of("class"), new float[][] {plane}, OptionalDouble.of(0));
        CogOptions options = cogOptions(serving, synthetic, "land-cover classes");
        context.store()
                .putRaster(
                        id,
                        year,
                        RasterKind.CLASSES,
                        classRaster,
                        options.withColorTable(ColorTable.of(serving.model().scheme())));
        if (out.probabilities() != null) {
            context.store()
                    .putRaster(
                            id,
                            year,
                            RasterKind.PROBABILITIES,
                            probabilities(serving, grid, out),
                            cogOptions(serving, synthetic, "class probabilities (band 1: top-class probability)"));
        }
    }

    private static Raster probabilities(Serving serving, GridGeometry grid, ClassifiedAoi out) {
        CompiledForest forest = serving.model().forest();
        List<String> names = new ArrayList<>(List.of("confidence"));
        float[][] planes = new float[forest.classCount() + 1][];
        planes[0] = out.top();
        for (int c = 0; c < forest.classCount(); c++) {
            LandCoverClass cls =
                    serving.model().scheme().byCode(forest.classCode(c)).orElseThrow();
            names.add(cls.name());
            planes[c + 1] = out.probabilities()[c];
        }
        return new Raster(grid, DataType.FLOAT32, names, planes, OptionalDouble.of(Double.NaN));
    }

    /**
     * Deflate level 1: result rasters are small and written on the request path, and level 1 encodes
     * them several times faster than the default 6 for files a few per cent larger (see the serving
     * section of docs/benchmarks.md).
     */
    private CogOptions cogOptions(Serving serving, boolean synthetic, String what) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("LANDCOVER_MODEL", serving.model().id().toString());
        metadata.put("LANDCOVER_YEAR", year.toString());
        metadata.put("LANDCOVER_PREDICTION", id.value());
        metadata.put("SYNTHETIC", Boolean.toString(synthetic));
        metadata.put(
                "TIFFTAG_IMAGEDESCRIPTION",
                (synthetic ? "SYNTHETIC " : "") + what + " " + year + ", model "
                        + serving.model().id() + (synthetic ? " - synthetic imagery or model, not real data" : ""));
        return CogOptions.defaults().withCompression(Compression.DEFLATE, 1).withMetadata(metadata);
    }
}
