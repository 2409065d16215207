package landcover.mlops.monitoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded evaluation of the shipped rules follows the same timeline as the promtool unit test
 * of the same file (landcover-alerts.test.yml): pending 30 minutes, firing, kept firing 2 hours after
 * recovery, then resolved.
 */
class RuleEvaluatorTest {
    /** A clock moved by hand. */
    static final class Minutes extends Clock {
        private Instant now = Instant.parse("2024-03-05T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void evaluate_lowDailyConfidence_firesAfterForAndResolvesAfterKeepFiringFor() {
        PrometheusRegistry registry = new PrometheusRegistry();
        Gauge mean = Gauge.builder()
                .name("landcover_prediction_confidence_daily_mean")
                .labelNames("year", "alias")
                .register(registry);
        Gauge count = Gauge.builder()
                .name("landcover_prediction_confidence_daily_predictions")
                .labelNames("year", "alias")
                .register(registry);
        count.labelValues("2023", "production").set(100);
        count.labelValues("2023", "shadow").set(100);
        mean.labelValues("2023", "shadow").set(0.3);
        Minutes clock = new Minutes();
        List<AlertNotification> sent = new ArrayList<>();
        RuleEvaluator evaluator = new RuleEvaluator(AlertRules.shipped(), registry, clock, sent::add);
        List<String> timeline = new ArrayList<>();
        for (int minute = 0; minute <= 200; minute++) {
            mean.labelValues("2023", "production").set(minute < 10 || minute >= 60 ? 0.8 : 0.45);
            for (Alert a : evaluator.evaluate()) {
                timeline.add(minute + " " + a.status());
            }
            clock.now = clock.now.plus(Duration.ofMinutes(1));
        }
        assertThat(timeline).containsExactly("40 firing", "180 resolved");
        Alert fired = sent.getFirst().alerts().getFirst();
        assertThat(fired.labels())
                .containsEntry("year", "2023")
                .containsEntry("alias", "production")
                .containsEntry("action", "retrain")
                .containsEntry("alertname", "LandcoverLowDailyConfidence");
        assertThat(fired.annotations().get("description")).contains("is 0.450 (below 0.6)");
        assertThat(sent.getFirst().version()).isEqualTo("4");
        assertThat(evaluator.skipped()).extracting(AlertRule::name).containsExactly("LandcoverPredictionErrors");
        evaluator.close();
    }

    @Test
    void evaluate_drift_takesTheMaximumPerYear() {
        PrometheusRegistry registry = new PrometheusRegistry();
        Gauge psi = Gauge.builder()
                .name("landcover_feature_drift_psi")
                .labelNames("year", "feature")
                .register(registry);
        psi.labelValues("2023", "summer_B11").set(0.4);
        psi.labelValues("2023", "slope").set(0.01);
        psi.labelValues("2024", "slope").set(0.02);
        Minutes clock = new Minutes();
        RuleEvaluator evaluator = new RuleEvaluator(AlertRules.shipped(), registry, clock, n -> {});
        evaluator.evaluate();
        clock.now = clock.now.plus(Duration.ofMinutes(60));
        List<Alert> fired = evaluator.evaluate();
        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("LandcoverFeatureDrift");
            assertThat(a.labels()).containsEntry("year", "2023").doesNotContainKey("feature");
        });
        assertThat(evaluator.firing()).hasSize(1);
        evaluator.close();
    }
}
