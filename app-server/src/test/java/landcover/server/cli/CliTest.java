package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CliTest {
    /** What one CLI run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void help_listsTheCommands_andExitsZero() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate-aoi", "version", "Exit codes");
    }

    @Test
    void help_onEveryCommandAndSubcommand_printsItsUsage_andExitsZero() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new LandcoverCommand()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(20);
        List<String> failed = new ArrayList<>();
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run run = run(args.toArray(String[]::new));
            if (run.exitCode() != 0 || !run.out().contains("Usage: landcover")) {
                failed.add(String.join(" ", args) + " -> " + run.exitCode() + " "
                        + run.err().strip());
            }
        }
        assertThat(failed).isEmpty();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> out) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) { // aliases name the same command again
                List<String> next = new ArrayList<>(path);
                next.add(name);
                out.add(next);
                collect(sub, next, out);
            }
        });
    }

    @Test
    void version_namesTheCommitBakedInAtBuildTime() {
        Run run = run("version", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\"commit\":\"[0-9a-f]{40}\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "geojson_aoi/malaga_teatinos_campus.geojson",
                "geojson_aoi/malaga_el_ejido_district.geojson",
                "geojson_aoi/malaga_province_cartodb.geojson",
                "sentinel2_malaga_greensenti/aoi/box.geojson"
            })
    void validateAoi_malagaAois_printOneJsonLine_andExitZero(String file) {
        Run run = run("validate-aoi", SharedData.path(file).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .singleElement()
                .asString()
                .matches(
                        "\\{\"valid\":true,\"areaM2\":[0-9]+\\.[0-9]{3},\"bbox\":\\[-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+]}");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateAoi_teatinos_reportsItsArea() {
        Run run = run(
                "validate-aoi",
                SharedData.path("geojson_aoi/malaga_teatinos_campus.geojson").toString());
        assertThat(run.out()).contains("\"areaM2\":1681800.6");
    }

    @Test
    void validateAoi_malformedJson_exitsTwoWithTheReason(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.geojson"), "{\"type\": \"Polygon\",");
        Run run = run("validate-aoi", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("landcover: invalid AOI: malformed JSON at line 1")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateAoi_selfIntersection_exitsTwoNamingTheLocation() {
        Run run = run(
                "validate-aoi",
                SharedData.path("geojson_edge_cases/turf_unkink_polygon_in/hourglass.geojson")
                        .toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("self-intersection at (1.000000, 1.000000)");
    }

    @Test
    void validateAoi_tooLarge_exitsTwo() {
        Run run = run(
                "validate-aoi",
                "--max-area-km2",
                "1",
                SharedData.path("geojson_aoi/malaga_teatinos_campus.geojson").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exceeds the maximum of 1.0 km²");
    }

    @Test
    void validateAoi_missingFile_exitsTwo() {
        Run run = run("validate-aoi", "/no/such/file.geojson");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("landcover: cannot read /no/such/file.geojson: no such file\n");
    }

    @Test
    void unknownCommand_exitsTwoWithUsageHint() {
        Run run = run("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument", "--help");
    }
}
