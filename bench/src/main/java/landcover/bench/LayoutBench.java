package landcover.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/**
 * Catalog layout: the bands the 15 baseline features need from the summer composite (B01, B03, B04,
 * B8A, B11, B12, AOT), read over a 316 × 316 window from the catalog's band-interleaved 14-band
 * file, and from the same data split into one single-band COG per band (same blocks, same codec).
 */
final class LayoutBench {
    private static final List<Integer> SUMMER_BANDS = List.of(0, 2, 3, 8, 10, 11, 12);

    private LayoutBench() {}

    static List<String> run(Path multiBand) throws IOException {
        Path dir = multiBand.resolveSibling("layout-bench");
        java.nio.file.Files.createDirectories(dir);
        List<Path> singles = new ArrayList<>();
        try (GeoTiffReader reader = GeoTiff.open(multiBand)) {
            Raster all = reader.read();
            for (int b : SUMMER_BANDS) {
                Path f = dir.resolve("band" + b + ".tif");
                Raster one = new Raster(
                        all.grid(),
                        DataType.UINT16,
                        List.of(all.bandNames().get(b)),
                        new float[][] {all.band(b)},
                        OptionalDouble.of(0));
                CogWriter.write(one, f, CogOptions.defaults().withBlockSize(256));
                singles.add(f);
            }
        }
        PixelWindow window = new PixelWindow(100, 100, 316, 316);
        List<String> rows = new ArrayList<>();
        try (GeoTiffReader multi = GeoTiff.open(multiBand)) {
            long bytes = multi.byteRanges(window, 0, SUMMER_BANDS).stream()
                    .mapToLong(r -> r.length())
                    .sum();
            Stats s = time(() -> multi.readBands(window, 0, SUMMER_BANDS));
            rows.add(String.format(
                    Locale.ROOT,
                    "| one band-interleaved 14-band COG (catalog) | %s | %s |",
                    s.wall(),
                    ImageryBenchmark.bytes(bytes)));
        }
        List<GeoTiffReader> readers = singles.stream().map(GeoTiff::open).toList();
        long bytes = readers.stream()
                .mapToLong(r -> r.byteRanges(window, 0, List.of(0)).stream()
                        .mapToLong(x -> x.length())
                        .sum())
                .sum();
        Stats s = time(() -> readers.forEach(r -> r.read(window)));
        readers.forEach(GeoTiffReader::close);
        rows.add(String.format(
                Locale.ROOT, "| 7 single-band COGs | %s | %s |", s.wall(), ImageryBenchmark.bytes(bytes)));
        return rows;
    }

    private static Stats time(Runnable read) {
        IntStream.range(0, 5).forEach(i -> read.run());
        long[] nanos = new long[30];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            read.run();
            nanos[i] = System.nanoTime() - t;
        }
        return Stats.ofNanos(nanos);
    }
}
