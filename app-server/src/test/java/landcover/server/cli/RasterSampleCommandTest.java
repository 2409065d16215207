package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code landcover raster sample} against gdallocationinfo -wgs84 on real files. */
class RasterSampleCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Random points over the real Málaga 10 m bands (and a few beyond their edge). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "sentinel2_malaga_greensenti/examples_10m/B04_10m.jp2",
                "sentinel2_malaga_greensenti/chip_all_bands/SCL_20m.jp2",
                "dem_samples/terra_luxembourg_elev.tif",
            })
    void sample_randomPoints_matchGdallocationinfo(String relative) throws Exception {
        Path file = SharedData.path(relative);
        List<double[]> points = randomPointsAround(file, 60);
        List<String> args = new ArrayList<>(List.of("raster", "sample", file.toString()));
        for (double[] p : points) {
            args.add(Double.toString(p[0]));
            args.add(Double.toString(p[1]));
        }
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(points.size());
        List<String> expected = gdallocationinfo(file, points);
        int inside = 0;
        for (int i = 0; i < points.size(); i++) {
            Map<?, ?> line = JSON.readValue(lines.get(i), Map.class);
            Object values = line.get("values");
            if (expected.get(i).isEmpty()) {
                assertThat(values).as("point %d outside", i).isNull();
            } else {
                assertThat(values).as("point %d", i).isEqualTo(List.of(Integer.parseInt(expected.get(i))));
                inside++;
            }
        }
        assertThat(inside).isGreaterThan(points.size() / 2);
    }

    /** Lon/lat points over the file's extent plus 10 % around it (deterministic). */
    private static List<double[]> randomPointsAround(Path file, int n) throws Exception {
        Map<?, ?> info = JSON.readValue(ExternalTool.check(List.of("gdalinfo", "-json", file.toString())), Map.class);
        List<?> ring = (List<?>) ((List<?>) ((Map<?, ?>) info.get("wgs84Extent")).get("coordinates")).get(0);
        double w = 180, e = -180, s = 90, nn = -90;
        for (Object o : ring) {
            List<?> p = (List<?>) o;
            w = Math.min(w, ((Number) p.get(0)).doubleValue());
            e = Math.max(e, ((Number) p.get(0)).doubleValue());
            s = Math.min(s, ((Number) p.get(1)).doubleValue());
            nn = Math.max(nn, ((Number) p.get(1)).doubleValue());
        }
        SplittableRandom random = new SplittableRandom(n);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double lon = w - 0.1 * (e - w) + random.nextDouble() * 1.2 * (e - w);
            double lat = s - 0.1 * (nn - s) + random.nextDouble() * 1.2 * (nn - s);
            points.add(new double[] {lon, lat});
        }
        return points;
    }

    /** gdallocationinfo -wgs84 -valonly, one line per point (empty when outside). */
    private List<String> gdallocationinfo(Path file, List<double[]> points) throws Exception {
        StringBuilder input = new StringBuilder();
        points.forEach(p -> input.append(String.format(Locale.ROOT, "%.12f %.12f%n", p[0], p[1])));
        Path in = Files.writeString(dir.resolve("points.txt"), input);
        ExternalTool.Result r =
                ExternalTool.run(new ProcessBuilder("gdallocationinfo", "-wgs84", "-valonly", file.toString())
                        .redirectInput(in.toFile()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout().lines().toList();
    }

    @Test
    void sample_outsidePoint_printsNullValues() throws Exception {
        CliTest.Run run = CliTest.run(
                "raster",
                "sample",
                SharedData.path("sentinel2_malaga_greensenti/examples_10m/B04_10m.jp2")
                        .toString(),
                "-3.0",
                "37.0");
        assertThat(run.exitCode()).isZero();
        Map<?, ?> line = JSON.readValue(run.out(), Map.class);
        assertThat(line.get("values")).isNull();
        assertThat(line.get("lon")).isEqualTo(-3.0);
    }

    @Test
    void sample_oddNumberOfCoordinates_exitsTwo() {
        CliTest.Run run = CliTest.run(
                "raster",
                "sample",
                SharedData.path("sentinel2_malaga_greensenti/examples_10m/B04_10m.jp2")
                        .toString(),
                "-4.47",
                "36.71",
                "-4.45");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("landcover: coordinates come in pairs: LON LAT [LON LAT …], got 3 numbers\n");
    }

    @Test
    void sample_notANumber_orMissingFile_exitsTwo() {
        Path b04 = SharedData.path("sentinel2_malaga_greensenti/examples_10m/B04_10m.jp2");
        CliTest.Run nan = CliTest.run("raster", "sample", b04.toString(), "west", "36.71");
        assertThat(nan.exitCode()).isEqualTo(2);
        assertThat(nan.err()).contains("longitude 'west' is not a number");
        CliTest.Run missing = CliTest.run("raster", "sample", "/no/such.tif", "-4.47", "36.71");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("landcover: cannot read /no/such.tif: no such file\n");
    }
}
