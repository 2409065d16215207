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

    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** Per-run wall and process CPU times (all threads), after {@code warmup} untimed runs. */
    static Timings time(int warmup, int runs, Runnable work) {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            long startCpu = OS.getProcessCpuTime();
            work.run();
            if (i >= warmup) {
                wall[i - warmup] = System.nanoTime() - start;
                cpu[i - warmup] = OS.getProcessCpuTime() - startCpu;
            }
        }
        return new Timings(wall, cpu);
    }

    /** One row of a comparison: a label and how to measure it once per round. */
    private record Contender(String label, Samples samples, Round round) {
        Contender(String label, Round round) {
            this(label, new Samples(), round);
        }
    }

    /** One round's measurement of a contender, added to its samples. */
    private interface Round {
        void run(Samples into, int round) throws Exception;
    }

    /**
     * Measures every contender once per round, in turn, so that load from other work on the
     * machine falls on all of them alike; each figure is the median over all rounds. The first
     * contender is the baseline of the ratios.
     */
    private static String compare(String header, List<Contender> contenders) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            for (Contender c : contenders) {
                c.round().run(c.samples(), round);
            }
        }
        StringBuilder table = new StringBuilder(HEADER.replace("WHAT", header));
        Stats base = contenders.getFirst().samples().stats();
        for (Contender c : contenders) {
            table.append(row(c.label(), c.samples().stats(), base));
        }
        return table.append('\n').toString();
    }

    private static Round python(
            ExternalRuns gdal, List<String> args, Map<String, String> env, String name, double checksum) {
        return (into, round) -> {
            Map<String, List<Double>> result = gdal.python(args, env);
            if (result.containsKey("checksum") && result.get("checksum").getFirst() != checksum) {
                throw new IllegalStateException(
                        "GDAL read other pixels: " + result.get("checksum") + " vs " + checksum);
            }
            into.addSeconds(result.get(name), result.get(name + "_cpu"));
        };
    }

    private static Round process(List<String> command, Map<String, String> env) {
        return (into, round) -> into.add(ExternalRuns.time(command, env, 0, 2));
    }

    private static Round inJvm(int warmup, int runs, Runnable work) {
        return (into, round) -> into.add(time(round == 0 ? warmup : 0, runs, work));
    }

    private void readWindow() throws Exception {
        List<Path> files = writeBands(CogOptions.defaults().blockSize(), Compression.DEFLATE, 0);
        double sum = readAll(files);
        List<String> args = new ArrayList<>(List.of("read", "4", "1", "1500", "1200", "1000", "1000"));
        files.forEach(f -> args.add(f.toString()));
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
                stack(files).toString(),
                "/dev/null");
        Map<String, String> threads = Map.of("GDAL_NUM_THREADS", "ALL_CPUS");
        List<GeoTiffReader> open = files.stream().map(GeoTiff::open).toList();
        String table = compare(
                "reader",
                List.of(
                        new Contender(
                                "ours: open 15 files, read, close (`GeoTiff.open` + `read(window)`)",
                                inJvm(3, 4, () -> readAll(files))),
                        new Contender(
                                "ours: 15 readers kept open", inJvm(3, 4, () -> open.forEach(r -> r.read(WINDOW)))),
                        new Contender(
                                "ours, JDK `Inflater` instead of libdeflate (no native access)", inflaterRun(files)),
                        new Contender(
                                "GDAL in-process (osgeo `ReadAsArray`, open/close each)",
                                python(gdal, args, Map.of(), "read", sum)),
                        new Contender(
                                "GDAL in-process, `GDAL_NUM_THREADS=ALL_CPUS`",
                                python(gdal, args, threads, "read", sum)),
                        new Contender(
                                "`gdal_translate -srcwin … -of MEM` of a 15-band VRT (process)",
                                process(translate, Map.of())),
                        new Contender("same, `GDAL_NUM_THREADS=ALL_CPUS`", process(translate, threads))));
        open.forEach(GeoTiffReader::close);
        md.append("### (a) Read a 1000 × 1000 window of 15 bands\n\n")
                .append(readIntro())
                .append(table);
    }

    /** A VRT stacking the files as bands, for gdal_translate. */
    private Path stack(List<Path> files) throws Exception {
        Path vrt = work.resolve("stack.vrt");
        List<String> build = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-separate", vrt.toString()));
        files.forEach(f -> build.add(f.toString()));
        ExternalRuns.run(build, Map.of());
        return vrt;
    }

    /** Our read in a JVM without libdeflate ({@link InflaterRun}). */
    private static Round inflaterRun(List<Path> files) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlandcover.raster.libdeflate=false",
                "-cp",
                System.getProperty("java.class.path"),
                InflaterRun.class.getName(),
                "4",
                "3"));
        files.forEach(f -> command.add(f.toString()));
        return (into, round) -> {
            Map<String, List<Double>> child = parseTimes(ExternalRuns.run(command, Map.of()));
            into.addSeconds(child.get("read"), child.get("read_cpu"));
        };
    }

    private static String readIntro() {
        return "Input: 15 single-band UInt16 COGs, 4096 × 4096, written by our writer with its defaults ("
                + CogOptions.defaults().blockSize() + "-pixel tiles, adaptive Deflate, predictor 2) from the real"
                + " Málaga 10 m bands mirror-tiled to size (real texture and noise; band i starts at a different"
                + " offset). Ours decodes Deflate with the system's libdeflate (the library GDAL uses) through the"
                + " JDK's FFM API. Window: columns 1500-2499, rows 1200-2199 (" + tilesPerBand() + " tiles per"
                + " band). Files in the page cache. Both sides read the same pixels (sums compared). " + ROUNDS
                + " rounds, all readers interleaved.\n\n";
    }

    private static int tilesPerBand() {
        int b = CogOptions.defaults().blockSize();
        int across = (WINDOW.endCol() - 1) / b - WINDOW.col() / b + 1;
        int down = (WINDOW.endRow() - 1) / b - WINDOW.row() / b + 1;
        return across * down;
    }

    /** "name seconds…" lines → name → values. */
    static Map<String, List<Double>> parseTimes(String output) {
        Map<String, List<Double>> out = new java.util.LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length >= 2) {
                out.put(
                        parts[0],
                        java.util.Arrays.stream(parts)
                                .skip(1)
                                .map(Double::valueOf)
                                .toList());
            }
        }
        return out;
    }

    private static final String HEADER =
            "| WHAT | wall time, median | CPU time, median (all threads) | wall ratio to ours"
                    + " | CPU ratio to ours |\n|---|---|---|---|---|\n";

    private static String row(String what, Stats stats, Stats ours) {
        String cpuRatio =
                Double.isNaN(stats.cpuMs()) ? "n/a" : String.format(Locale.ROOT, "%.2f", stats.cpuMs() / ours.cpuMs());
        return "| " + what + " | " + stats.wall() + " | " + stats.cpu() + " | "
                + String.format(Locale.ROOT, "%.2f", stats.medianMs() / ours.medianMs()) + " | " + cpuRatio + " |\n";
    }

    private void encodeClasses() throws Exception {
        Raster classes = data.classes(1000);
        Path shm = Files.createDirectories(Path.of("/dev/shm/landcover-bench-geotiff"));
        Path ours = shm.resolve("ours.tif");
        // 512-pixel tiles on both sides: GDAL's COG default, and one overview for both.
        CogOptions options =
                CogOptions.defaults().withBlockSize(512).withColorTable(ColorTable.of(ClassScheme.DEFAULT));
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
        List<Contender> contenders = List.of(
                new Contender(
                        "ours (`CogWriter.write`, atomic: temp file, fsync, rename)",
                        inJvm(10, 6, () -> CogWriter.write(classes, ours, options))),
                new Contender(
                        "GDAL in-process (`gdal.Translate(format=\"COG\")` from a MEM dataset)",
                        python(gdal, args, Map.of(), "encode", 0)),
                new Contender("GDAL in-process, `NUM_THREADS=ALL_CPUS`", python(gdal, threaded, Map.of(), "encode", 0)),
                new Contender(
                        "`gdal_translate -of COG` (process, from an uncompressed GeoTIFF)", process(cli, Map.of())));
        String table = compare("writer", contenders);
        md.append("### (b) Encode a 1000 × 1000 class raster as COG\n\n")
                .append("Input: UInt8 classes 1-9 binned from the NDVI of the mirror-tiled Málaga B04/B08 (0 where"
                        + " undefined), in memory. Output: 512-pixel Deflate tiles (both sides), predictor 2, one"
                        + " mode-resampled overview, colour table, nodata 0, written to /dev/shm. Ours: "
                        + Files.size(ours) + " bytes; GDAL: " + Files.size(gdalOut) + " bytes. " + ROUNDS
                        + " rounds, interleaved.\n\n")
                .append(table);
    }

    private void choices() {
        new Choices(work, data, md).run();
    }
}
