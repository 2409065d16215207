package landcover.mlops.train.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import landcover.domain.ClassScheme;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.mlops.inference.FeatureSchema;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;

/**
 * Turns labelled points and polygons into samples of a feature stack. A point labels its pixel, or
 * with {@link Options#neighbourhood()} its 3×3 neighbourhood (centre first, as the published method;
 * all nine share the point's group). A polygon labels the pixels whose centres it contains, at most
 * {@link Options#maxPixelsPerPolygon()} of them drawn with the seed, each weighing 1/(pixels drawn)
 * so every polygon counts as one location however big it is. Points outside the imagery, pixels with
 * nodata, and pixels labelled by an earlier point or polygon are skipped and listed in the report.
 */
public final class RasterSampler {
    /**
     * @param neighbourhood points label their 3×3 neighbourhood instead of one pixel
     * @param maxPixelsPerPolygon cap on pixels drawn from one polygon, at least 1
     * @param seed seeds the polygon draws
     */
    public record Options(boolean neighbourhood, int maxPixelsPerPolygon, long seed) {
        public Options {
            if (maxPixelsPerPolygon < 1) {
                throw new IllegalArgumentException("maxPixelsPerPolygon " + maxPixelsPerPolygon);
            }
        }

        /** One pixel per point, at most 100 per polygon. */
        public static Options defaults(long seed) {
            return new Options(false, 100, seed);
        }
    }

    private final Raster stack;
    private final GridGeometry grid;
    private final Options options;
    private final CrsTransform toGrid;
    private final CrsTransform toLonLat;
    private final boolean[] taken;
    private final List<String> outside = new ArrayList<>();
    private final List<String> nodata = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final Map<String, Integer> unknown = new HashMap<>();

    private RasterSampler(Raster stack, Options options) {
        this.stack = stack;
        this.grid = stack.grid();
        this.options = options;
        this.toGrid = CrsTransform.of(EpsgCode.WGS84, grid.crs());
        this.toLonLat = toGrid.inverse();
        this.taken = new boolean[(int) grid.pixelCount()];
    }

    /**
     * Samples the stack.
     *
     * @param scheme the class scheme; empty derives one from the labels
     * @throws landcover.mlops.MlopsException listing unknown classes, or when no sample is left
     */
    public static LabelledSamples sample(
            Raster stack, List<LabelledGeometry> labels, Options options, Optional<ClassScheme> scheme) {
        ClassScheme s = scheme.orElseGet(() -> DerivedSchemes.fromLabels(
                "derived", labels.stream().map(LabelledGeometry::label).toList()));
        return new RasterSampler(stack, options).run(labels, s);
    }

    /**
     * Samples the features an imagery source gives for {@code year} over the labels' bounding box.
     *
     * @throws landcover.mlops.MlopsException as {@link #sample(Raster, List, Options, Optional)}
     */
    public static LabelledSamples sample(
            ImagerySource source,
            Year year,
            List<LabelledGeometry> labels,
            Options options,
            Optional<ClassScheme> scheme) {
        return sample(source.features(year, envelope(labels)), labels, options, scheme);
    }

    /** The bounding box of every label, widened by about two 10 m pixels, as an AOI. */
    static Aoi envelope(List<LabelledGeometry> labels) {
        double w = 180, s = 90, e = -180, n = -90;
        for (LabelledGeometry g : labels) {
            double[] box = g.isPoint()
                    ? new double[] {g.lon(), g.lat(), g.lon(), g.lat()}
                    : g.polygon().bbox().toArray();
            w = Math.min(w, box[0]);
            s = Math.min(s, box[1]);
            e = Math.max(e, box[2]);
            n = Math.max(n, box[3]);
        }
        double pad = 0.0002;
        return Aoi.parse(
                String.format(
                        java.util.Locale.ROOT,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                        w - pad,
                        s - pad,
                        e + pad,
                        s - pad,
                        e + pad,
                        n + pad,
                        w - pad,
                        n + pad,
                        w - pad,
                        s - pad),
                landcover.domain.aoi.AoiLimits.UNLIMITED);
    }

    private LabelledSamples run(List<LabelledGeometry> labels, ClassScheme scheme) {
        SampleTable.Builder table = SampleTable.builder(new FeatureSchema(stack.bandNames()));
        for (int g = 0; g < labels.size(); g++) {
            LabelledGeometry item = labels.get(g);
            Integer code = Labels.code(scheme, item.label());
            if (code == null) {
                unknown.merge(item.label(), 1, Integer::sum);
            } else if (item.isPoint()) {
                point(item, code, g, table);
            } else {
                polygon(item, code, g, table);
            }
        }
        LabelReport report = new LabelReport(table.size(), unknown, outside, nodata, duplicates);
        Labels.failOnUnknown(scheme, report);
        return new LabelledSamples(table.build(), scheme, report);
    }

    private void point(LabelledGeometry item, int code, int group, SampleTable.Builder table) {
        double[] xy = toGrid.transform(item.lon(), item.lat());
        GeoTransform t = grid.transform();
        int col = (int) Math.floor(t.col(xy[0], xy[1]));
        int row = (int) Math.floor(t.row(xy[0], xy[1]));
        if (Double.isNaN(xy[0]) || col < 0 || row < 0 || col >= grid.width() || row >= grid.height()) {
            outside.add(item.id());
            return;
        }
        if (taken[row * grid.width() + col]) {
            duplicates.add(item.id());
            return;
        }
        int r = options.neighbourhood() ? 1 : 0;
        add(item, code, group, 1f, row * grid.width() + col, table);
        for (int dr = -r; dr <= r; dr++) {
            for (int dc = -r; dc <= r; dc++) {
                int c = col + dc;
                int w = row + dr;
                if ((dr != 0 || dc != 0)
                        && c >= 0
                        && w >= 0
                        && c < grid.width()
                        && w < grid.height()
                        && !taken[w * grid.width() + c]) {
                    add(item, code, group, 1f, w * grid.width() + c, table);
                }
            }
        }
    }

    private void polygon(LabelledGeometry item, int code, int group, SampleTable.Builder table) {
        AoiMask mask;
        try {
            mask = AoiRasterizer.rasterize(item.polygon(), grid);
        } catch (RasterException e) {
            outside.add(item.id());
            return;
        }
        List<Integer> pixels = new ArrayList<>();
        int clash = 0;
        var w = mask.window();
        for (int i = 0; i < w.pixelCount(); i++) {
            int index = (w.row() + i / w.width()) * grid.width() + w.col() + i % w.width();
            if (mask.isInside(i)) {
                clash += taken[index] ? 1 : 0;
                if (!taken[index] && isValid(index)) {
                    pixels.add(index);
                }
            }
        }
        if (clash > 0) {
            duplicates.add(item.id() + " (" + clash + " pixels)");
        }
        if (mask.insideCount() == 0) {
            outside.add(item.id());
            return;
        }
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + group);
        for (int i = pixels.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            pixels.set(i, pixels.set(j, pixels.get(i)));
        }
        List<Integer> drawn = pixels.subList(0, Math.min(pixels.size(), options.maxPixelsPerPolygon()));
        drawn.sort(null);
        for (int index : drawn) {
            add(item, code, group, 1f / drawn.size(), index, table);
        }
    }

    private boolean isValid(int index) {
        double nd = stack.nodata().orElse(Double.NaN);
        for (int b = 0; b < stack.bandCount(); b++) {
            float v = stack.band(b)[index];
            if (Float.isNaN(v) || v == nd) {
                return false;
            }
        }
        return true;
    }

    private void add(LabelledGeometry item, int code, int group, float weight, int index, SampleTable.Builder table) {
        int col = index % grid.width();
        int row = index / grid.width();
        if (!isValid(index)) {
            nodata.add(item.id() + " pixel " + col + "," + row);
            return;
        }
        float[] values = new float[stack.bandCount()];
        for (int b = 0; b < values.length; b++) {
            values[b] = stack.band(b)[index];
        }
        taken[index] = true;
        double[] lonLat = toLonLat.transform(
                grid.transform().x(col + 0.5, row + 0.5), grid.transform().y(col + 0.5, row + 0.5));
        table.add(values, code, group, weight, lonLat[0], lonLat[1]);
    }
}
