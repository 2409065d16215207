package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;

/** GDAL as the test oracle: gdalinfo -json, gdallocationinfo, and full arrays through osgeo. */
final class Gdal {
    private static final Pattern ROOT_EPSG = Pattern.compile("ID\\[\"EPSG\",(\\d+)]]\\s*$");
    private static final String PYTHON = "/usr/bin/python3";

    private Gdal() {}

    /** Every TIFF (by content) under the shared data folder, whatever its name. */
    static List<Path> sharedGeoTiffs() {
        try (Stream<Path> files = Files.walk(SharedData.root())) {
            List<Path> tiffs = files.filter(Files::isRegularFile)
                    .filter(GeoTiff::isTiff)
                    .sorted()
                    .toList();
            assertThat(tiffs).as("GeoTIFFs in the shared data").hasSizeGreaterThan(40);
            return tiffs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code gdalinfo -json} parsed to plain maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> info(Path file) {
        ExternalTool.require("gdalinfo");
        String json = ExternalTool.check(List.of("gdalinfo", "-json", file.toString()));
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("gdalinfo printed bad JSON for " + file, e);
        }
    }

    /**
     * The EPSG code of the root CRS in gdalinfo's WKT (its last ID at the end), or null: a
     * BOUNDCRS or a user-defined CRS has none.
     */
    @SuppressWarnings("unchecked")
    static Integer epsg(Map<String, Object> info) {
        Object cs = info.get("coordinateSystem");
        if (!(cs instanceof Map<?, ?> m) || !(m.get("wkt") instanceof String wkt) || wkt.startsWith("BOUNDCRS")) {
            return null;
        }
        Matcher match = ROOT_EPSG.matcher(wkt);
        return match.find() ? Integer.valueOf(match.group(1)) : null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> bands(Map<String, Object> info) {
        return (List<Map<String, Object>>) info.get("bands");
    }

    /** Values at pixels (col, row), band by band, as gdallocationinfo -valonly prints them. */
    static List<Double> valuesAt(Path file, List<int[]> pixels) {
        ExternalTool.require("gdallocationinfo");
        try {
            Path input = Files.createTempFile("points", ".txt");
            try {
                StringBuilder lines = new StringBuilder();
                pixels.forEach(p -> lines.append(p[0]).append(' ').append(p[1]).append('\n'));
                Files.writeString(input, lines);
                ProcessBuilder pb = new ProcessBuilder("gdallocationinfo", "-valonly", file.toString());
                pb.redirectInput(input.toFile());
                ExternalTool.Result r = ExternalTool.run(pb);
                assertThat(r.exitCode()).as(r.stderr()).isZero();
                List<Double> values = new ArrayList<>();
                r.stdout().lines().filter(l -> !l.isBlank()).forEach(l -> values.add(Double.parseDouble(l.strip())));
                return values;
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every band of a level (0 = full resolution, k = overview k) decoded by GDAL, as float planes.
     */
    static float[][] pixels(Path file, int level) {
        ExternalTool.requirePythonModule("osgeo.gdal");
        String script = """
                import sys, numpy as np
                from osgeo import gdal
                ds = gdal.Open(sys.argv[1]); level = int(sys.argv[2]); out = open(sys.argv[3], 'wb')
                for b in range(1, ds.RasterCount + 1):
                    band = ds.GetRasterBand(b)
                    if level > 0: band = band.GetOverview(level - 1)
                    out.write(band.ReadAsArray().astype('<f4').tobytes())
                out.close()
                """;
        try {
            Path out = Files.createTempFile("pixels", ".f32");
            try {
                ExternalTool.check(
                        List.of(PYTHON, "-c", script, file.toString(), Integer.toString(level), out.toString()));
                return planes(
                        Files.readAllBytes(out), ((Number) bands(info(file)).size()).intValue());
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[][] planes(byte[] bytes, int bands) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int n = bytes.length / 4 / bands;
        float[][] planes = new float[bands][n];
        for (float[] plane : planes) {
            buffer.asFloatBuffer().get(plane);
            buffer.position(buffer.position() + 4 * n);
        }
        return planes;
    }

    /** Runs a GDAL command line that must succeed. */
    static String run(String... command) {
        ExternalTool.require(command[0]);
        return ExternalTool.check(List.of(command));
    }
}
