package landcover.bench;

import static landcover.raster.tiff.Compression.DEFLATE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import landcover.domain.ClassScheme;
import landcover.raster.Raster;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.ColorTable;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/** The measurements behind {@link CogOptions#defaults()}: tile size, predictors, Deflate level. */
final class Choices {
    private final Path work;
    private final BenchData data;
    private final StringBuilder md;

    Choices(Path work, BenchData data, StringBuilder md) {
        this.work = work;
        this.data = data;
        this.md = md;
    }

    void run() {
        md.append("### Writer defaults, measured (ours only)\n\n")
                .append(
                        "Tile size: all 15 bands written at each size (encode = all 15), then the window of (a) read.\n\n")
                .append("| case | option | file size | encode | decode |\n|---|---|---|---|---|\n");
        tiles();
        Raster band = data.uint16Band(0, 2048);
        Raster ndvi = data.ndvi(2048);
        CogOptions palette = CogOptions.defaults().withColorTable(ColorTable.of(ClassScheme.DEFAULT));
        Raster classes = data.classes(1000);
        for (int level : new int[] {0, 1, 6}) {
            String mode = level == 0 ? "adaptive (default)" : "level " + level;
            measure(
                    "UInt16 band 2048², Deflate",
                    mode,
                    band,
                    CogOptions.defaults().withCompression(DEFLATE, level));
            measure(
                    "Float32 NDVI 2048², Deflate",
                    mode,
                    ndvi,
                    CogOptions.defaults().withCompression(DEFLATE, level));
            measure("UInt8 classes 1000², Deflate", mode, classes, palette.withCompression(DEFLATE, level));
        }
        for (int predictor : new int[] {1, 2, 3}) {
            measure(
                    "Float32 NDVI 2048², predictor",
                    String.valueOf(predictor),
                    ndvi,
                    CogOptions.defaults().withPredictor(predictor));
        }
        for (int predictor : new int[] {1, 2}) {
            measure(
                    "UInt8 classes 1000², predictor",
                    String.valueOf(predictor),
                    classes,
                    palette.withPredictor(predictor));
        }
        md.append('\n');
    }

    /** Tile size: total size of the 15 band files and the 15-band window read, 256 vs 512. */
    private void tiles() {
        for (int block : new int[] {256, 512}) {
            List<Path> files = new ArrayList<>();
            long bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < GeoTiffBenchmark.BANDS; i++) {
                Path f = work.resolve("tiles" + block + "_" + i + ".tif");
                CogWriter.write(
                        data.uint16Band(i, GeoTiffBenchmark.SIZE),
                        f,
                        CogOptions.defaults().withBlockSize(block));
                files.add(f);
                bytes += size(f);
            }
            Stats encode = Stats.ofNanos(new long[] {System.nanoTime() - start});
            Stats read = Stats.ofNanos(GeoTiffBenchmark.time(3, 10, () -> GeoTiffBenchmark.readAll(files)));
            md.append(String.format(
                    Locale.ROOT,
                    "| 15 UInt16 bands 4096², tile size | %d | %.1f MB | %s | %s (window) |%n",
                    block,
                    bytes / 1e6,
                    encode.cell(),
                    read.cell()));
        }
    }

    private void measure(String what, String option, Raster raster, CogOptions options) {
        Path file = work.resolve("choice.tif");
        Stats encode = Stats.ofNanos(GeoTiffBenchmark.time(2, 5, () -> CogWriter.write(raster, file, options)));
        Stats decode = Stats.ofNanos(GeoTiffBenchmark.time(2, 5, () -> {
            try (GeoTiffReader reader = GeoTiff.open(file)) {
                reader.read();
            }
        }));
        md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %.2f MB | %s | %s |%n",
                what,
                option,
                size(file) / 1e6,
                encode.cell(),
                decode.cell()));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
