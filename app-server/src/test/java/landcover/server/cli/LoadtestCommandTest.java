package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code loadtest} input checks: each bad value exits 2 with one line naming it, before any request. */
class LoadtestCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--requests|0|--requests must be between 1 and 10000000, was 0",
                "--concurrency|0|--concurrency must be between 1 and 1024, was 0",
                "--concurrency|5000|--concurrency must be between 1 and 1024, was 5000",
                "--url|ftp://example.org|--url must be an http(s) URL with a host, was 'ftp://example.org'",
                "--url|http://bad host|--url is not a URL",
                "--years|1800|--years: ",
                "--wait|-1|--wait must be 0 or more seconds, was -1"
            })
    void loadtest_badOption_exitsTwoNamingIt(String option, String value, String message) {
        CliTest.Run run = CliTest.run("loadtest", option, value, "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("landcover: " + message).hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void loadtest_invalidAoiFile_exitsTwoNamingTheFileAndTheProblem() {
        Path hourglass = SharedData.path("geojson_edge_cases/turf_unkink_polygon_in/hourglass.geojson");

        CliTest.Run run = CliTest.run("loadtest", "--aoi", hourglass.toString(), "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--aoi " + hourglass, "self-intersection");
    }

    @Test
    void loadtest_nothingListening_exitsTwoNamingTheUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliTest.Run run = CliTest.run("loadtest", "--url", "http://127.0.0.1:" + port, "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("landcover: cannot reach http://127.0.0.1:" + port + "/health/ready");
    }

    @Test
    void help_listsLoadtestAndItsOptions() {
        assertThat(CliTest.run("--help").out()).contains("loadtest");
        assertThat(CliTest.run("loadtest", "--help").out())
                .contains("--url", "--requests", "--concurrency", "--years", "--seed", "--out", "0.0005");
    }
}
