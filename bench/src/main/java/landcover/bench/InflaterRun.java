package landcover.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The window read of {@link GeoTiffBenchmark} in a JVM of its own, started with {@code
 * -Dlandcover.raster.libdeflate=false} so the JDK's Inflater decodes. Prints {@code read
 * seconds…} and {@code read_cpu seconds…} and {@code read_cpu seconds…}. Usage: {@code InflaterRun RUNS WARMUP FILE…}.
 */
public final class InflaterRun {
    private InflaterRun() {}

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        List<Path> files = Arrays.stream(args).skip(2).map(Path::of).toList();
        Timings t = GeoTiffBenchmark.time(warmup, runs, () -> GeoTiffBenchmark.readAll(files));
        System.out.println("read " + seconds(t.wallNanos()));
        System.out.println("read_cpu " + seconds(t.cpuNanos()));
    }

    private static String seconds(long[] nanos) {
        return Arrays.stream(nanos)
                .mapToObj(n -> String.format(Locale.ROOT, "%.6f", n / 1e9))
                .collect(Collectors.joining(" "));
    }
}
