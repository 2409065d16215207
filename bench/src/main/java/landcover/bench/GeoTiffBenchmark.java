package landcover.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.ColorTable;
import landcover.raster.tiff.Compression;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/**
 * GeoTIFF benchmark harness (bench/sections/10-geotiff runs it): (a) read a 1000 × 1000 window of
 * 15 single-band COGs, (b) encode a 1000 × 1000 class raster as COG — ours and GDAL's in the same
 * run — plus the measurements behind the writer's defaults. Prints a Markdown fragment.
 *
 * <p>Usage: {@code GeoTiffBenchmark ROOT OUT.md [WORK_DIR]}.
 */
public final class GeoTiffBenchmark {
    static final int BANDS = 15;
    static final int SIZE = 4096;
    static final PixelWindow WINDOW = new PixelWindow(1500, 1200, 1000, 1000);
    static final int ROUNDS = 5;

    private final Path work;
    private final BenchData data;
    private final ExternalRuns gdal;
    private final StringBuilder md = new StringBuilder();

    private GeoTiffBenchmark(Path root, Path work) throws IOException {
        this.work = Files.createDirectories(work);
        this.data = new BenchData(BenchData.sharedData(root));
        this.gdal = new ExternalRuns(work);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path work = Path.of(args.length > 2 ? args[2] : "/tmp/landcover-bench-geotiff");
        GeoTiffBenchmark bench = new GeoTiffBenchmark(root, work);
        bench.readWindow();
        bench.encodeClasses();
        bench.choices();
        Files.writeString(out, bench.md.toString());
    }

    private List<Path> writeBands(int blockSize, Compression compression, int level) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            Path file = work.resolve("b" + blockSize + "_" + level + "_" + i + ".tif");
            CogWriter.write(
                    data.uint16Band(i, SIZE),
                    file,
                    CogOptions.defaults().withBlockSize(blockSize).withCompression(compression, level));
            files.add(file);
        }
        return files;
    }

    /** Opens every file, reads the window, closes: what a feature read for one request does. */
    static double readAll(List<Path> files) {
        double sum = 0;
        for (Path f : files) {
            try (GeoTiffReader reader = GeoTiff.open(f)) {
                float[] plane = reader.read(WINDOW).band(0);
                for (float v : plane) {
                    sum += v;
                }
            }
        }
        return sum;
    }

    /** Per-run times in nanoseconds, after {@code warmup} untimed runs. */
    static long[] time(int warmup, int runs, Runnable work) {
        long[] nanos = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /**
     * Ours and GDAL's measurements interleave in rounds, so that load from other work on the machine
     * falls on both sides alike; every figure is the median over all rounds.
     */
    private void readWindow() throws Exception {
        List<Path> files = writeBands(512, Compression.DEFLATE, 0);
        double ourSum = readAll(files);
        List<String> args = new ArrayList<>(List.of("read", "4", "1", "1500", "1200", "1000", "1000"));
        files.forEach(f -> args.add(f.toString()));
        Path vrt = work.resolve("stack.vrt");
        List<String> build = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-separate", vrt.toString()));
        files.forEach(f -> build.add(f.toString()));
        ExternalRuns.run(build, Map.of());
        List<String> translate = List.of(
                "gdal_translate",
                "-q",
                "-srcwin",
                "1500",
                "1200",
                "1000",
                "1000",
                "-of",
                "MEM",
                vrt.toString(),
                "/dev/null");
        Map<String, String> threads = Map.of("GDAL_NUM_THREADS", "ALL_CPUS");
        List<GeoTiffReader> open = files.stream().map(GeoTiff::open).toList();
        Samples ours = new Samples();
        Samples oursOpen = new Samples();
        Samples gdalDefault = new Samples();
        Samples gdalThreads = new Samples();
        Samples cli = new Samples();
        Samples cliThreads = new Samples();
        for (int round = 0; round < ROUNDS; round++) {
            ours.add(time(round == 0 ? 3 : 0, 4, () -> readAll(files)));
            oursOpen.add(time(round == 0 ? 3 : 0, 4, () -> open.forEach(r -> r.read(WINDOW))));
            Map<String, List<Double>> py = gdal.python(args, Map.of());
            if (py.get("checksum").getFirst() != ourSum) {
                throw new IllegalStateException("GDAL read other pixels: " + py.get("checksum") + " vs " + ourSum);
            }
            gdalDefault.addSeconds(py.get("read"));
            gdalThreads.addSeconds(gdal.python(args, threads).get("read"));
            cli.add(ExternalRuns.time(translate, Map.of(), 0, 2));
            cliThreads.add(ExternalRuns.time(translate, threads, 0, 2));
        }
        open.forEach(GeoTiffReader::close);
        md.append("### (a) Read a 1000 × 1000 window of 15 bands\n\n")
                .append("Input: 15 single-band UInt16 COGs, 4096 × 4096, written by our writer with its defaults"
                        + " (512-pixel tiles, Deflate, predictor 2) from the real Málaga 10 m bands mirror-tiled to"
                        + " size (real texture and noise; band i starts at a different offset). Window: columns"
                        + " 1500-2499, rows 1200-2199 (9 tiles per band). Files in the page cache. Both sides read"
                        + " the same pixels (sums compared). " + ROUNDS + " rounds, ours and GDAL's interleaved.\n\n")
                .append("| reader | time per 15-band read | ratio to ours |\n|---|---|---|\n");
        Stats base = ours.stats();
        row("ours: open 15 files, read, close (`GeoTiff.open` + `read(window)`)", base, base);
        row("ours: 15 readers kept open", oursOpen.stats(), base);
        row("GDAL in-process (osgeo `ReadAsArray`, open/close each)", gdalDefault.stats(), base);
        row("GDAL in-process, `GDAL_NUM_THREADS=ALL_CPUS`", gdalThreads.stats(), base);
        row("`gdal_translate -srcwin … -of MEM` of a 15-band VRT (process)", cli.stats(), base);
        row("same, `GDAL_NUM_THREADS=ALL_CPUS`", cliThreads.stats(), base);
        md.append('\n');
    }

    private void row(String what, Stats stats, Stats ours) {
        md.append("| ")
                .append(what)
                .append(" | ")
                .append(stats.cell())
                .append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", stats.medianMs() / ours.medianMs()))
                .append(" |\n");
    }

    private void encodeClasses() throws Exception {
        Raster classes = data.classes(1000);
        Path shm = Files.createDirectories(Path.of("/dev/shm/landcover-bench-geotiff"));
        Path ours = shm.resolve("ours.tif");
        CogOptions options = CogOptions.defaults().withColorTable(ColorTable.of(ClassScheme.DEFAULT));
        Path source = shm.resolve("source.tif");
        CogWriter.write(
                classes, source, options.withCompression(Compression.NONE, 0).withOverviews(false, null));
        Path gdalOut = shm.resolve("gdal.tif");
        List<String> co = List.of("COMPRESS=DEFLATE", "PREDICTOR=YES", "BLOCKSIZE=512", "RESAMPLING=MODE");
        List<String> args = new ArrayList<>(List.of("encode", "6", "2", source.toString(), gdalOut.toString()));
        args.addAll(co);
        List<String> threaded = new ArrayList<>(args);
        threaded.add("NUM_THREADS=ALL_CPUS");
        List<String> cli = new ArrayList<>(List.of("gdal_translate", "-q", "-of", "COG"));
        co.forEach(o -> cli.addAll(List.of("-co", o)));
        cli.addAll(List.of(source.toString(), gdalOut.toString()));
        Samples ourTime = new Samples();
        Samples py = new Samples();
        Samples pyThreads = new Samples();
        Samples cliTime = new Samples();
        for (int round = 0; round < ROUNDS; round++) {
            ourTime.add(time(round == 0 ? 10 : 1, 6, () -> CogWriter.write(classes, ours, options)));
            py.addSeconds(gdal.python(args, Map.of()).get("encode"));
            pyThreads.addSeconds(gdal.python(threaded, Map.of()).get("encode"));
            cliTime.add(ExternalRuns.time(cli, Map.of(), 0, 2));
        }
        md.append("### (b) Encode a 1000 × 1000 class raster as COG\n\n")
                .append("Input: UInt8 classes 1-9 binned from the NDVI of the mirror-tiled Málaga B04/B08 (0 where"
                        + " undefined), in memory. Output: 512-pixel Deflate tiles, predictor 2, one mode-resampled"
                        + " overview, colour table, nodata 0, written to /dev/shm. Ours: "
                        + Files.size(ours) + " bytes; GDAL: " + Files.size(gdalOut) + " bytes. " + ROUNDS
                        + " rounds, interleaved.\n\n")
                .append("| writer | time per COG | ratio to ours |\n|---|---|---|\n");
        Stats base = ourTime.stats();
        row("ours (`CogWriter.write`, atomic: temp file, fsync, rename)", base, base);
        row("GDAL in-process (`gdal.Translate(format=\"COG\")` from a MEM dataset)", py.stats(), base);
        row("GDAL in-process, `NUM_THREADS=ALL_CPUS`", pyThreads.stats(), base);
        row("`gdal_translate -of COG` (process, from an uncompressed GeoTIFF)", cliTime.stats(), base);
        md.append('\n');
    }

    private void choices() {
        new Choices(work, data, md).run();
    }
}
