package landcover.mlops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.mlops.serving.PredictionEvent;
import landcover.mlops.serving.ReplicaStatus;
import landcover.mlops.serving.ServingMetrics;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusServingMetricsTest {
    private static final Year Y2023 = new Year(2023);
    private static final ModelId V3 = ModelId.of(Y2023, 3);

    private static String text(LandcoverMetrics metrics) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        metrics.writeText(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static LandcoverMetrics recorded() {
        LandcoverMetrics metrics = LandcoverMetrics.on(new PrometheusRegistry());
        ServingMetrics serving = metrics.serving();
        serving.predicted(new PredictionEvent(
                Y2023,
                Alias.PRODUCTION,
                Optional.of(V3),
                Optional.of("2023-production-v3-r1"),
                PredictionEvent.Outcome.OK,
                Duration.ofMillis(42),
                0.87,
                0.05,
                12_345));
        serving.predicted(new PredictionEvent(
                Y2023,
                Alias.PRODUCTION,
                Optional.of(V3),
                Optional.empty(),
                PredictionEvent.Outcome.OVERLOADED,
                Duration.ofMillis(1),
                0,
                0,
                0));
        serving.modelLoaded(V3, Duration.ofMillis(120));
        serving.watchReplicas(() -> List.of(
                new ReplicaStatus(V3, Alias.PRODUCTION, "2023-production-v3-r0", 4, true, 17, false),
                new ReplicaStatus(V3, Alias.PRODUCTION, "2023-production-v3-r1", 0, false, 9, false)));
        return metrics;
    }

    @Test
    void predicted_okAndOverloaded_countsByOutcomeAndRecordsConfidenceOnlyForOk() throws IOException {
        String text = text(recorded());

        assertThat(text)
                .contains("landcover_predictions_total{alias=\"production\",model_version=\"v3\",outcome=\"ok\","
                        + "replica=\"2023-production-v3-r1\",year=\"2023\"} 1.0")
                .contains(
                        "landcover_predictions_total{alias=\"production\",model_version=\"v3\",outcome=\"overloaded\","
                                + "replica=\"none\",year=\"2023\"} 1.0")
                .contains(
                        "landcover_prediction_mean_confidence_count{alias=\"production\",model_version=\"v3\",year=\"2023\"} 1")
                .contains(
                        "landcover_prediction_mean_confidence_sum{alias=\"production\",model_version=\"v3\",year=\"2023\"} 0.87")
                .contains(
                        "landcover_prediction_pixels_total{alias=\"production\",model_version=\"v3\",year=\"2023\"} 12345.0")
                .contains("landcover_model_load_seconds_count{model_version=\"v3\",year=\"2023\"} 1")
                .contains("landcover_serving_queue_depth{alias=\"production\",model_version=\"v3\","
                        + "replica=\"2023-production-v3-r0\",year=\"2023\"} 4.0")
                .contains("landcover_serving_replica_busy{alias=\"production\",model_version=\"v3\","
                        + "replica=\"2023-production-v3-r1\",year=\"2023\"} 0.0");
    }

    @Test
    void text_withServingMetrics_passesPromtool(@TempDir Path dir) throws IOException {
        ExternalTool.require("promtool");
        Path file = Files.writeString(dir.resolve("metrics.txt"), text(recorded()));

        ExternalTool.Result result =
                ExternalTool.run(new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile()));

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout() + result.stderr()).isBlank();
    }
}
