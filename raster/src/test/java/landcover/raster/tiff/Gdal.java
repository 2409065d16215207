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

    /** What GDAL makes of one file: gdalinfo -json, every level's pixels, the COG validator's verdict. */
    record Decoded(Map<String, Object> info, List<float[][]> levels, List<String> cogErrors) {}

    /**
     * Decodes files with GDAL in one Python process (src/test/resources/…/gdal_oracle.py): importing
     * osgeo costs more than decoding these files, so one process serves a whole test class.
     */
    @SuppressWarnings("unchecked")
    static Map<Path, Decoded> decode(List<Path> files) {
        ExternalTool.requirePythonModule("osgeo_utils.samples.validate_cloud_optimized_geotiff");
        try {
            Path dir = Files.createTempDirectory("gdal-oracle");
            try {
                Path script = dir.resolve("gdal_oracle.py");
                try (var in = Gdal.class.getResourceAsStream("gdal_oracle.py")) {
                    Files.copy(in, script);
                }
                List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), dir.toString()));
                files.forEach(f -> command.add(f.toString()));
                ExternalTool.check(command);
                Map<Path, Decoded> out = new java.util.LinkedHashMap<>();
                for (int i = 0; i < files.size(); i++) {
                    Map<String, Object> result = new ObjectMapper()
                            .readValue(dir.resolve(i + ".json").toFile(), Map.class);
                    Map<String, Object> info = (Map<String, Object>) result.get("info");
                    int bands = bands(info).size();
                    List<float[][]> levels = new ArrayList<>();
                    for (int l = 0; l < ((Number) result.get("levels")).intValue(); l++) {
                        levels.add(planes(Files.readAllBytes(dir.resolve(i + "_" + l + ".f32")), bands));
                    }
                    out.put(files.get(i), new Decoded(info, levels, (List<String>) result.get("cogErrors")));
                }
                return out;
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file; see {@link #decode(List)}. */
    static Decoded decode(Path file) {
        return decode(List.of(file)).get(file);
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
