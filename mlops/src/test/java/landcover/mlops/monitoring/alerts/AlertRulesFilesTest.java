package landcover.mlops.monitoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import landcover.testing.ExternalTool;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.Test;

/** The shipped alert rules: valid for Prometheus, unit-tested by promtool, one set of numbers. */
class AlertRulesFilesTest {
    static final Path PROMETHEUS = RepoRoot.path().resolve("k8s-manifests/prometheus");

    @Test
    void promtool_checksAndUnitTestsTheShippedRules() {
        String promtool = ExternalTool.require("promtool").toString();
        assertThat(ExternalTool.check(List.of(
                        promtool,
                        "check",
                        "rules",
                        PROMETHEUS.resolve("landcover-alerts.rules.yml").toString())))
                .contains("SUCCESS: 4 rules found");
        ExternalTool.Result r =
                ExternalTool.run(new ProcessBuilder(promtool, "test", "rules", "landcover-alerts.test.yml")
                        .directory(PROMETHEUS.toFile()));
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("SUCCESS");
    }

    @Test
    void prometheusRule_holdsExactlyTheGroupsOfTheRuleFile() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode file =
                yaml.readTree(PROMETHEUS.resolve("landcover-alerts.rules.yml").toFile());
        JsonNode crd = yaml.readTree(RepoRoot.path()
                .resolve("k8s-manifests/base/prometheusrule.yaml")
                .toFile());
        assertThat(crd.path("kind").asText()).isEqualTo("PrometheusRule");
        assertThat(crd.path("spec").path("groups")).isEqualTo(file.path("groups"));
    }

    @Test
    void shipped_readsThresholdsAndDurationsFromTheRuleFile() {
        List<AlertRule> rules = AlertRules.shipped();
        assertThat(rules)
                .extracting(AlertRule::name)
                .containsExactly(
                        "LandcoverLowDailyConfidence",
                        "LandcoverFeatureDrift",
                        "LandcoverPredictionErrors",
                        "LandcoverShadowDisagreement");
        AlertRule low = rules.getFirst();
        assertThat(low.forDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(low.keepFiringFor()).isEqualTo(Duration.ofHours(2));
        assertThat(low.labels()).containsEntry("action", "retrain");
        assertThat(low.isEvaluatedInProcess()).isTrue();
        assertThat(rules.get(2).unsupported())
                .hasValueSatisfying(why -> assertThat(why).contains("rate"));
        assertThat(AlertRules.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
    }
}
