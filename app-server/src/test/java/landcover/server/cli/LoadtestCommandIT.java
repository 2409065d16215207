package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import landcover.server.LandcoverServer;
import landcover.server.ServedData;
import landcover.server.ServerWiring;
import landcover.server.api.EdgeServices;
import landcover.server.http.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landcover loadtest} against a real server on the bootstrapped sample region, small runs. */
@ServerTest
class LoadtestCommandIT {
    private static final EdgeServices SERVICES = ServedData.services();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String url;

    LoadtestCommandIT(WebServer server) {
        this.url = "http://localhost:" + server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        ServerWiring.startServingNow(SERVICES);
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    private CliTest.Run loadtest(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("loadtest", "--url", url, "--out", out.toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static JsonNode json(CliTest.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    @Test
    void loadtest_twoYears_reportsEveryRequestPerReplicaAndModel_andWritesReportAndChart(@TempDir Path out)
            throws IOException {
        Path stable = ServedData.dir().resolve("sample-region/aoi/stable.geojson");
        CliTest.Run run = loadtest(
                out, "--requests", "24", "--concurrency", "3", "--years", "2021,2023", "--aoi", stable.toString());
        JsonNode r = json(run);

        assertThat(run.err()).contains("loadtest: 24 predictions, 3 clients, years [2021, 2023]");
        assertThat(r.path("statuses").toString()).isEqualTo("{\"200\":24}");
        assertThat(r.path("serverErrors").asLong()).isZero();
        assertThat(r.path("models").toString()).isEqualTo("{\"landcover/2021/v1\":12,\"landcover/2023/v1\":12}");
        assertThat(sum(r.path("replicas"))).isEqualTo(24);
        r.path("replicas")
                .fieldNames()
                .forEachRemaining(name -> assertThat(name).matches("(2021|2023)-production-v1-r[0-9]+"));
        assertThat(r.path("replicasFromMetrics")).isEqualTo(r.path("replicas"));
        JsonNode latency = r.path("latencyMs");
        assertThat(latency.path("p50").asDouble())
                .isPositive()
                .isLessThanOrEqualTo(latency.path("p95").asDouble());
        assertThat(latency.path("p95").asDouble())
                .isLessThanOrEqualTo(latency.path("p99").asDouble());
        assertThat(latency.path("p99").asDouble())
                .isLessThanOrEqualTo(latency.path("max").asDouble());
        assertThat(r.path("throughputPerSecond").asDouble())
                .isCloseTo(24 / r.path("totalSeconds").asDouble(), within(0.1));
        assertThat(r.path("meanConfidence").asDouble()).isBetween(0.2, 1.0);
        assertThat(r.path("meanPixels").asDouble()).isPositive();
        assertThat(r.path("synthetic").asBoolean()).isTrue();
        assertReport(out);
    }

    private static void assertReport(Path out) throws IOException {
        String md = Files.readString(out.resolve("loadtest.md"));
        assertThat(md).contains("24 predictions", "| total | throughput | p50 | p95 | p99 |", "](loadtest.png)");
        assertThat(md).contains("`2021-production-v1-r0`", "SYNTHETIC");
        BufferedImage png = ImageIO.read(out.resolve("loadtest.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(countPixels(png, 44, 160, 44)).as("confidence dots").isPositive();
        assertThat(countPixels(png, 214, 39, 40)).as("cumulative line").isPositive();
    }

    @Test
    void loadtest_sameSeed_sameAois_sameConfidence_otherSeed_otherAois(@TempDir Path out) throws IOException {
        JsonNode first = json(loadtest(out, "--requests", "6", "--years", "2022", "--seed", "11"));
        JsonNode again = json(loadtest(out, "--requests", "6", "--years", "2022", "--seed", "11"));
        JsonNode other = json(loadtest(out, "--requests", "6", "--years", "2022", "--seed", "12"));

        assertThat(again.path("meanConfidence")).isEqualTo(first.path("meanConfidence"));
        assertThat(again.path("meanPixels")).isEqualTo(first.path("meanPixels"));
        assertThat(other.path("meanPixels")).isNotEqualTo(first.path("meanPixels"));
    }

    @Test
    void loadtest_yearNotServed_exitsTwoListingTheServedYears(@TempDir Path out) {
        CliTest.Run run = loadtest(out, "--years", "2019");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("landcover: --years: 2019 is not served by " + url
                        + "/ (served: [2020, 2021, 2022, 2023, 2024])\n");
    }

    private static long sum(JsonNode counts) {
        long n = 0;
        for (JsonNode c : counts) {
            n += c.asLong();
        }
        return n;
    }

    private static int countPixels(BufferedImage image, int r, int g, int b) {
        int rgb = (r << 16) | (g << 8) | b;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
