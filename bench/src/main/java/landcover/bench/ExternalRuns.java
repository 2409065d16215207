package landcover.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs GDAL: its command-line tools (timed from outside, start-up included) and osgeo in-process. */
final class ExternalRuns {
    private final Path script;

    ExternalRuns(Path workDir) throws IOException {
        script = workDir.resolve("geotiff_gdal.py");
        try (InputStream in = ExternalRuns.class.getResourceAsStream("geotiff_gdal.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs a command to completion; fails on a non-zero exit. Returns its standard output. */
    static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    /** Wall time of each of {@code runs} runs of a command (after {@code warmup} untimed runs). */
    static long[] time(List<String> command, Map<String, String> env, int warmup, int runs)
            throws IOException, InterruptedException {
        long[] nanos = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            run(command, env);
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /** The timed lines the Python side prints: name → seconds per run; "checksum" → its value. */
    Map<String, List<Double>> python(List<String> args, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString()));
        command.addAll(args);
        Map<String, List<Double>> out = new java.util.LinkedHashMap<>();
        for (String line : run(command, env).split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length >= 2) {
                out.put(
                        parts[0],
                        Arrays.stream(parts).skip(1).map(Double::valueOf).toList());
            }
        }
        return out;
    }
}
