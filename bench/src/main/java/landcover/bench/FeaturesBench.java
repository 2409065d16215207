package landcover.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.features.FeatureList;
import landcover.raster.features.FeatureStackOp;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.OutputGrid;
import landcover.raster.s2.CompositeOp;
import landcover.raster.s2.CompositeSettings;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;

/**
 * Harness for the feature pipeline (run by bench/sections/20-features, which passes the real
 * Málaga province AOI): composites and the 15-feature stack on 1 Mpx from <b>synthetic</b> scenes
 * (deterministic DNs at native 10/20/60 m, random SCL clouds), AOI rasterization, CRS transforms
 * shared under a lock versus one instance per thread. Prints one {@code key=value} line per figure
 * (median of the measured runs, milliseconds unless named otherwise).
 */
public final class FeaturesBench {
    private static final int SIZE = 1000;
    private static final GridGeometry GRID =
            new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(300_000, 4_110_000, 10, 10), SIZE, SIZE);

    private FeaturesBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, List<S2Scene>> seasons = new LinkedHashMap<>();
        int seed = 1;
        for (String season : List.of("spring", "summer", "autumn")) {
            List<S2Scene> scenes = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                scenes.add(syntheticScene(seed++));
            }
            seasons.put(season, scenes);
        }
        Raster dem = syntheticDem();
        FeatureList features = FeatureList.BASELINE_15;
        report(
                "composite_summer_7_bands_3_scenes_ms",
                time(() -> CompositeOp.median(
                        seasons.get("summer"),
                        List.copyOf(features.bandsFor("summer")),
                        GRID,
                        CompositeSettings.DEFAULT)));
        report(
                "stack_15_features_1mpx_ms",
                time(() -> FeatureStackOp.build(features, GRID, seasons, dem, CompositeSettings.DEFAULT)));
        Aoi province = Aoi.parse(java.nio.file.Files.readString(java.nio.file.Path.of(args[0])), AoiLimits.UNLIMITED);
        GridGeometry provinceGrid = OutputGrid.forAoi(province, 10);
        report("aoi_mask_malaga_province_pixels", provinceGrid.pixelCount());
        report("aoi_mask_malaga_province_10m_ms", time(() -> AoiRasterizer.rasterize(province, provinceGrid)));
        crsTransforms();
    }

    private static void report(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.1f", value));
    }

    /**
     * Median time in ms of 7 runs after 3 warm-up runs: CPU time of this thread for single-threaded
     * work (robust when other processes share the machine), wall time for multi-threaded work.
     */
    private static double time(Supplier<?> work) {
        return time(work, true);
    }

    private static double wallTime(Supplier<?> work) {
        return time(work, false);
    }

    private static double time(Supplier<?> work, boolean cpu) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[7];
        for (int i = -3; i < ms.length; i++) {
            long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            Object result = work.get();
            long t1 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            if (result == null) {
                throw new IllegalStateException();
            }
            if (i >= 0) {
                ms[i] = (t1 - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** A synthetic L2A scene over GRID: each band at its native resolution, SCL with cloud blobs. */
    private static S2Scene syntheticScene(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<S2Band, Raster> bands = new EnumMap<>(S2Band.class);
        for (S2Band band : S2Band.values()) {
            int res = band.nativeResolution();
            int n = SIZE * 10 / res;
            GridGeometry g = new GridGeometry(GRID.crs(), GeoTransform.northUp(300_000, 4_110_000, res, res), n, n);
            float[] v = new float[n * n];
            for (int i = 0; i < v.length; i++) {
                v[i] = band == S2Band.SCL ? (random.nextInt(100) < 15 ? 9 : 4) : 1000 + random.nextInt(3000);
            }
            bands.put(band, new Raster(g, DataType.UINT16, List.of("dn"), new float[][] {v}, OptionalDouble.of(0)));
        }
        return new S2Scene("synthetic-" + seed, L2aRadiometry.NO_OFFSET, bands);
    }

    private static Raster syntheticDem() {
        int n = SIZE / 3 + 2;
        GridGeometry g = new GridGeometry(GRID.crs(), GeoTransform.northUp(299_970, 4_110_030, 30, 30), n, n);
        float[] z = new float[n * n];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (500 + 100 * Math.sin(i % n / 40.0) * Math.cos(i / n / 25.0));
        }
        return new Raster(g, DataType.FLOAT32, List.of("dem"), new float[][] {z}, OptionalDouble.empty());
    }

    /** Points per second: one thread; two threads sharing one instance; two threads with their own. */
    private static void crsTransforms() throws Exception {
        int points = 200_000;
        double[] xs = new double[points];
        double[] ys = new double[points];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < points; i++) {
            xs[i] = -7 + 8 * random.nextDouble();
            ys[i] = 35 + 9 * random.nextDouble();
        }
        CrsTransform shared = CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(30, true));
        report("crs_1_thread_mpoints_per_s", points / time(() -> run(shared, xs, ys, 1000)) / 1000);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            double sharedMs = wallTime(() -> inParallel(pool, () -> shared, xs, ys));
            double ownMs = wallTime(() ->
                    inParallel(pool, () -> CrsTransform.of(EpsgCode.WGS84, EpsgCode.utm(30, true)), xs, ys));
            report("crs_2_threads_shared_locked_mpoints_per_s", 2 * points / sharedMs / 1000);
            report("crs_2_threads_one_each_mpoints_per_s", 2 * points / ownMs / 1000);
            report(
                    "crs_2_threads_shared_single_point_calls_mpoints_per_s",
                    2 * points / wallTime(() -> inParallel(pool, () -> shared, xs, ys, 1)) / 1000);
        }
    }

    /** Transforms copies of the points in batches of {@code batch}; returns a checksum. */
    private static Double run(CrsTransform t, double[] xs, double[] ys, int batch) {
        double sum = 0;
        double[] bx = new double[batch];
        double[] by = new double[batch];
        for (int start = 0; start < xs.length; start += batch) {
            int n = Math.min(batch, xs.length - start);
            if (n != bx.length) {
                bx = new double[n];
                by = new double[n];
            }
            System.arraycopy(xs, start, bx, 0, n);
            System.arraycopy(ys, start, by, 0, n);
            t.transformInPlace(bx, by);
            sum += bx[0];
        }
        return sum;
    }

    private static Double inParallel(
            ExecutorService pool, Supplier<CrsTransform> transforms, double[] xs, double[] ys) {
        return inParallel(pool, transforms, xs, ys, 1000);
    }

    private static Double inParallel(
            ExecutorService pool, Supplier<CrsTransform> transforms, double[] xs, double[] ys, int batch) {
        try {
            List<Future<Double>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                CrsTransform transform = transforms.get();
                results.add(pool.submit(() -> run(transform, xs, ys, batch)));
            }
            double sum = 0;
            for (Future<Double> f : results) {
                sum += f.get();
            }
            return sum;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
