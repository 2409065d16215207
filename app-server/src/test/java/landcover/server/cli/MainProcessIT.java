package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Runs the CLI as the launcher does, in its own JVM, so exit codes and stderr are what a shell
 * sees: 0 for good AOIs, 2 (never 1) and no stack trace for malformed ones.
 */
class MainProcessIT {
    private static ExternalTool.Result landcover(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(
                List.of(java.toString(), "-cp", System.getProperty("java.class.path"), "landcover.server.Main"));
        command.addAll(List.of(args));
        return ExternalTool.run(command);
    }

    @Test
    void validateAoi_malagaProvince_exitsZero() {
        var result = landcover(
                "validate-aoi",
                SharedData.path("geojson_aoi/malaga_province_cartodb.geojson").toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("{\"valid\":true,\"areaM2\":7326377943.");
    }

    @Test
    void validateAoi_everyMalformedEdgeCase_exitsTwoWithoutStackTrace() {
        for (String file : List.of(
                "geojson_edge_cases/turf_boolean_valid/false/Polygon/not-closing-ring.geojson",
                "geojson_edge_cases/turf_boolean_valid/false/Polygon/polygon-with-spike.geojson",
                "geojson_edge_cases/geojsonhint_good/nullgeometry.geojson",
                "geojson_aoi/naturalearth_lowres_countries.geojson")) {
            var result = landcover("validate-aoi", SharedData.path(file).toString());
            assertThat(result.exitCode()).as(file).isEqualTo(2);
            assertThat(result.stderr())
                    .as(file)
                    .startsWith("landcover: invalid AOI: ")
                    .doesNotContain("Exception", "\tat ");
        }
    }
}
