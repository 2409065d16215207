package landcover.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.raster.features.FeatureList;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.sample.SampleRegion;
import landcover.raster.imagery.stac.StacImagery;
import org.locationtech.jts.geom.Envelope;

/**
 * The "## Imagery" figures: the 15 baseline features of a 10 km² AOI (and of a 1 km² one) from the
 * local catalog and from the STAC + COG source over loopback HTTP serving the same sample-region
 * scenes, with time and bytes read; and the catalog layout choice (one band-interleaved file per
 * season and sub-tile, against one file per band). Usage: {@code ImageryBenchmark OUT.md WORKDIR}.
 */
public final class ImageryBenchmark {
    private static final Year YEAR = new Year(SampleRegion.CHANGE_YEAR);

    private ImageryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path work = Path.of(args[1]);
        long start = System.nanoTime();
        SampleRegion.SampleCatalog sample = SampleRegion.catalog(work.resolve("embedded"));
        double prepare = (System.nanoTime() - start) / 1e9;
        List<String> features = FeatureList.BASELINE_15.names();
        StringWriter text = new StringWriter();
        PrintWriter md = new PrintWriter(text);
        md.printf(
                Locale.ROOT,
                "Inputs: the synthetic sample region (%s), year %d, ingested into a local catalog"
                        + " (prepared in %.0f s, or reused). The STAC source reads the same scenes as COGs from a"
                        + " loopback HTTP server (JDK HttpServer, range requests) behind a STAC search endpoint.%n%n",
                sample.files().root(),
                YEAR.value(),
                prepare);
        try (LoopbackStac stac =
                new LoopbackStac(sample.files().root(), sample.files().scenes(YEAR.value()))) {
            for (double km2 : new double[] {10, 1}) {
                Aoi aoi = square(361000, 4058000, Math.sqrt(km2) * 1000);
                md.printf(Locale.ROOT, "### %s km² AOI, %d features%n%n", fmt(km2), features.size());
                md.println("| source | time per read | bytes read | HTTP requests |");
                md.println("|---|---|---|---|");
                try (ImagerySource local = LocalCatalog.open(sample.catalog())) {
                    row(md, "local catalog (readers open, files in page cache)", local, aoi, features, 3, 15);
                }
                Supplier<ImagerySource> remote = () -> StacImagery.open(stac.settings(YEAR));
                cold(md, remote, aoi, features, stac);
                try (ImagerySource warm = remote.get()) {
                    row(md, "STAC + COG, warm (headers and tiles cached)", warm, aoi, features, 2, 15);
                }
                md.println();
            }
            throughput(md, sample.catalog(), features);
            layout(md, sample.catalog());
        }
        md.flush();
        Files.writeString(out, text.toString());
    }

    private static void row(
            PrintWriter md, String name, ImagerySource source, Aoi aoi, List<String> features, int warmup, int runs) {
        FeatureRead last = null;
        for (int i = 0; i < warmup; i++) {
            last = source.read(new FeatureRequest(YEAR, aoi, features));
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = source.read(new FeatureRequest(YEAR, aoi, features));
            nanos[i] = System.nanoTime() - t;
        }
        md.printf(
                Locale.ROOT,
                "| %s | %s | %s | %d |%n",
                name,
                Stats.ofNanos(nanos).wall(),
                bytes(last.stats().bytesRead()),
                last.stats().requests());
    }

    /** A new source per run: search, COG headers and tiles all fetched. */
    private static void cold(
            PrintWriter md, Supplier<ImagerySource> remote, Aoi aoi, List<String> features, LoopbackStac stac) {
        int runs = 5;
        long[] nanos = new long[runs];
        long served = 0;
        long requests = 0;
        for (int i = 0; i < runs; i++) {
            try (ImagerySource source = remote.get()) {
                stac.reset();
                long t = System.nanoTime();
                source.read(new FeatureRequest(YEAR, aoi, features));
                nanos[i] = System.nanoTime() - t;
                served = stac.bytesServed();
                requests = stac.requests();
            }
        }
        md.printf(
                Locale.ROOT,
                "| STAC + COG, cold (new source: search, headers, tiles) | %s | %s of %s served |"
                        + " %d (3 searches) |%n",
                Stats.ofNanos(nanos).wall(),
                bytes(served),
                bytes(stac.totalSceneBytes()),
                requests);
    }

    /**
     * Reads as the server's load test makes them: random 4-10-vertex polygons, envelope at most
     * 0.0005 deg², aspect 0.5-2, inside the sample region, from 2 threads sharing one catalog source.
     */
    private static void throughput(PrintWriter md, Path catalog, List<String> features) throws Exception {
        List<Aoi> aois = RandomAois.generate(new Envelope(-4.60, -4.50, 36.61, 36.69), 400, 1000);
        try (ImagerySource local = LocalCatalog.open(catalog);
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            for (Aoi aoi : aois.subList(0, 50)) {
                local.read(new FeatureRequest(YEAR, aoi, features));
            }
            List<java.util.concurrent.Future<Long>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (Aoi aoi : aois) {
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    local.read(new FeatureRequest(YEAR, aoi, features));
                    return System.nanoTime() - t;
                }));
            }
            long[] nanos = new long[futures.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = futures.get(i).get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            md.println("### Load-test-shaped reads from the local catalog, 2 threads");
            md.println();
            md.printf(
                    Locale.ROOT,
                    "%d random polygons (4-10 vertices, envelope ≤ 0.0005 deg², aspect 0.5-2) over"
                            + " the sample region, 15 features each: %.0f reads/s; latency %s.%n%n",
                    aois.size(),
                    aois.size() / seconds,
                    Stats.ofNanos(nanos).wall());
        }
    }

    /** One band-interleaved file per season and sub-tile against one file per band, same window. */
    private static void layout(PrintWriter md, Path catalog) throws IOException {
        Path file;
        try (Stream<Path> walk = Files.walk(catalog)) {
            file = walk.filter(p -> p.toString().contains("/seasons/summer/")
                            && p.toString().endsWith("r00c00.tif"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        md.println("### Catalog layout: the 7 summer bands of the 15 features, 316 × 316 pixels (10 km²)");
        md.println();
        md.println("| layout | time per read | bytes read |");
        md.println("|---|---|---|");
        for (String line : LayoutBench.run(file)) {
            md.println(line);
        }
        md.println();
    }

    static String bytes(long n) {
        return n >= 1 << 20
                ? String.format(Locale.ROOT, "%.2f MB", n / 1048576.0)
                : String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A square AOI of side {@code size} metres centred on a UTM 30N position. */
    static Aoi square(double cx, double cy, double size) {
        CrsTransform t = CrsTransform.of(EpsgCode.utm(30, true), EpsgCode.WGS84);
        double h = size / 2;
        double[][] corners = {
            t.transform(cx - h, cy - h),
            t.transform(cx + h, cy - h),
            t.transform(cx + h, cy + h),
            t.transform(cx - h, cy + h)
        };
        List<String> ring = new ArrayList<>();
        for (int k = 0; k <= 4; k++) {
            ring.add(String.format(Locale.ROOT, "[%.8f,%.8f]", corners[k % 4][0], corners[k % 4][1]));
        }
        return Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", ring) + "]]}");
    }
}
