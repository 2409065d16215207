package landcover.mlops.monitoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The webhook payload of Alertmanager, version 4 (fixture: see PROVENANCE.md next to it). */
class AlertmanagerPayloadTest {
    static String fixture() throws Exception {
        try (InputStream in = AlertmanagerPayloadTest.class.getResourceAsStream("alertmanager-webhook-v4.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parse_realPayload_readsEveryAlertWithItsLabelsAndTimes() throws Exception {
        AlertNotification n = AlertmanagerPayload.parse(fixture());
        assertThat(n.version()).isEqualTo("4");
        assertThat(n.receiver()).isEqualTo("landcover-retraining");
        assertThat(n.status()).isEqualTo("firing");
        assertThat(n.alerts()).hasSize(2);
        Alert low = n.alerts().get(0);
        assertThat(low.isFiring()).isTrue();
        assertThat(low.name()).isEqualTo("LandcoverLowDailyConfidence");
        assertThat(low.label("year")).contains("2023");
        assertThat(low.startsAt()).isEqualTo(Instant.parse("2024-03-05T09:41:30.12Z"));
        assertThat(low.endsAt()).isNull();
        Alert drift = n.alerts().get(1);
        assertThat(drift.isFiring()).isFalse();
        assertThat(drift.endsAt()).isEqualTo(Instant.parse("2024-03-05T09:40:30.12Z"));
        assertThat(n.commonLabels()).containsEntry("action", "retrain");
    }

    @Test
    void parse_payloadCapturedFromAlertmanager_readsTheResolvedAndTheFiringAlert() throws Exception {
        String text;
        try (InputStream in =
                AlertmanagerPayloadTest.class.getResourceAsStream("alertmanager-0.25-webhook-captured.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AlertNotification n = AlertmanagerPayload.parse(text);
        assertThat(n.receiver()).isEqualTo("landcover-retraining");
        assertThat(n.status()).isEqualTo("firing");
        assertThat(n.groupLabels()).containsExactly(java.util.Map.entry("action", "retrain"));
        assertThat(n.alerts())
                .extracting(Alert::name, Alert::isFiring)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LandcoverFeatureDrift", false),
                        org.assertj.core.groups.Tuple.tuple("LandcoverLowDailyConfidence", true));
        Alert drift = n.alerts().get(0);
        assertThat(drift.endsAt()).isEqualTo(Instant.parse("2026-11-27T14:47:38Z"));
        Alert low = n.alerts().get(1);
        assertThat(low.startsAt()).isEqualTo(Instant.parse("2026-11-27T14:07:38.12Z"));
        assertThat(low.endsAt()).isNull();
        assertThat(low.label("year")).contains("2023");
        assertThat(low.fingerprint()).isEqualTo("18304c60393fa6a9");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"version\":\"3\",\"status\":\"firing\",\"alerts\":[]} | /version",
                "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[]} | /alerts",
                "{\"version\":\"4\",\"status\":\"burning\",\"alerts\":[{}]} | /status",
                "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"year\":2023},"
                        + "\"startsAt\":\"2024-03-05T09:41:30Z\"}]} | /alerts/0/labels/year",
                "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"a\":\"b\"},"
                        + "\"startsAt\":\"yesterday\"}]} | /alerts/0/startsAt",
                "[1,2] | ''",
                "{\"version\":\"4\", | ''"
            })
    void parse_malformedPayloads_nameTheMemberAtFault(String body, String field) {
        assertThatThrownBy(() -> AlertmanagerPayload.parse(body))
                .isInstanceOfSatisfying(
                        InvalidAlertPayloadException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
