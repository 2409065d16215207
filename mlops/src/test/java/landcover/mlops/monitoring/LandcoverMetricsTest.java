package landcover.mlops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandcoverMetricsTest {
    private static String text(LandcoverMetrics metrics) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        metrics.writeText(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void record_countsByMethodRouteAndStatusClass() throws IOException {
        LandcoverMetrics metrics = LandcoverMetrics.on(new PrometheusRegistry());
        metrics.http().record("GET", "/v1/models/{year}", 200, 2_000_000);
        metrics.http().record("GET", "/v1/models/{year}", 204, 3_000_000);
        metrics.http().record("POST", HttpMetrics.UNMATCHED_ROUTE, 404, 1_000_000);
        String text = text(metrics);
        assertThat(text)
                .contains("landcover_http_request_duration_seconds_count{method=\"GET\",route=\"/v1/models/{year}\","
                        + "status_class=\"2xx\"} 2")
                .contains("landcover_http_request_duration_seconds_sum{method=\"GET\",route=\"/v1/models/{year}\","
                        + "status_class=\"2xx\"} 0.005")
                .contains("route=\"unmatched\",status_class=\"4xx\"} 1");
    }

    @Test
    void registries_areNotShared() throws IOException {
        LandcoverMetrics one = LandcoverMetrics.on(new PrometheusRegistry());
        LandcoverMetrics two = LandcoverMetrics.on(new PrometheusRegistry());
        one.http().record("GET", "/a", 200, 1);
        assertThat(text(two)).doesNotContain("route=\"/a\"");
        assertThat(PrometheusRegistry.defaultRegistry.scrape().stream()
                        .map(s -> s.getMetadata().getName()))
                .doesNotContain("landcover_http_request_duration_seconds");
    }

    @Test
    void readinessAndBuild_arePublished() throws IOException {
        LandcoverMetrics metrics = LandcoverMetrics.on(new PrometheusRegistry());
        ReadinessGate gate = new ReadinessGate();
        ReadinessGate.Condition models = gate.require("production-models", "loading");
        metrics.trackReadiness(gate);
        metrics.registerBuildInfo("1.2.3", "abc123");
        assertThat(text(metrics))
                .contains("landcover_ready 0")
                .contains("landcover_build_info{commit=\"abc123\",version=\"1.2.3\"} 1");
        models.markMet();
        assertThat(text(metrics)).contains("landcover_ready 1");
    }

    @Test
    void create_withJvmMetrics_passesPromtool(@TempDir Path dir) throws IOException {
        ExternalTool.require("promtool");
        LandcoverMetrics metrics = LandcoverMetrics.create();
        metrics.http().record("GET", "/health/live", 200, 1_000);
        metrics.trackReadiness(new ReadinessGate());
        metrics.registerBuildInfo("1.2.3", "abc123");
        String text = text(metrics);
        assertThat(text).contains("jvm_memory_used_bytes", "process_cpu_seconds_total");
        Path file = Files.writeString(dir.resolve("metrics.txt"), text);
        ExternalTool.Result result =
                ExternalTool.run(new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile()));
        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout() + result.stderr()).isBlank();
    }
}
