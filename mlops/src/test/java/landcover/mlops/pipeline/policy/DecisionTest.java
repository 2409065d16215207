package landcover.mlops.pipeline.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import landcover.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class DecisionTest {
    private static final MetricSet CHAMPION = set(0.80, 0.76, 0.78, Map.of(1, 0.9, 4, 0.85, 9, 0.40));

    private static MetricSet set(double oa, double kappa, double f1, Map<Integer, Double> recall) {
        Map<Integer, Long> support = Map.of(1, 40L, 4, 30L, 9, 20L);
        return new MetricSet(oa, kappa, f1, recall, support);
    }

    @Test
    void decide_worseChallenger_isRejectedAndSaysByHowMuch() {
        MetricSet worse = set(0.78, 0.74, 0.77, Map.of(1, 0.9, 4, 0.85, 9, 0.6));
        Decision d = Decision.decide(DecisionPolicy.defaults(), CHAMPION, worse, McNemarTest.of(9, 5), 90);
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.REJECT);
        assertThat(d.reasons().getFirst()).contains("kappa 0.7600 -> 0.7400 (-0.0200), short of the required +0.0100");
        assertThat(d.delta(PolicyMetric.KAPPA)).isCloseTo(-0.02, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void decide_betterOverallButBelowAClassFloor_isRejectedNamingTheClass() {
        MetricSet better = set(0.90, 0.88, 0.85, Map.of(1, 0.99, 4, 0.60, 9, 0.95));
        DecisionPolicy policy = DecisionPolicy.defaults().fromJsonOver("{\"recallFloors\":{\"4\":0.8}}");
        Decision d = Decision.decide(policy, CHAMPION, better, McNemarTest.of(2, 40), 90);
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.REJECT);
        assertThat(d.failedFloors()).containsExactly(new FailedFloor(4, 0.60, 0.8, 30));
        assertThat(d.summary())
                .startsWith("reject by policy")
                .contains("class 4 recall 0.600 is below its floor 0.800");
    }

    @Test
    void decide_betterAndSignificant_getsOnPass_insignificantAwaitsApproval() {
        MetricSet better = set(0.90, 0.88, 0.85, Map.of(1, 0.99, 4, 0.90, 9, 0.95));
        assertThat(Decision.decide(DecisionPolicy.defaults(), CHAMPION, better, McNemarTest.of(2, 40), 90)
                        .outcome())
                .isEqualTo(DecisionOutcome.SHADOW);
        assertThat(Decision.decide(DecisionPolicy.defaults(), CHAMPION, better, McNemarTest.of(8, 14), 90)
                        .outcome())
                .isEqualTo(DecisionOutcome.AWAIT_APPROVAL);
        DecisionPolicy promote =
                DecisionPolicy.defaults().fromJsonOver("{\"onPass\":\"promote\",\"metric\":\"macro-f1\"}");
        Decision d = Decision.decide(promote, CHAMPION, better, McNemarTest.of(2, 40), 90);
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.PROMOTE);
        assertThat(d.toMap()).containsEntry("outcome", "promote").containsKeys("mcnemar", "deltas", "failedFloors");
    }

    @Test
    void fromJson_badMembers_nameTheField() {
        assertThatThrownBy(() -> DecisionPolicy.defaults().fromJsonOver("{\"alpha\":2}"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("alpha");
        assertThatThrownBy(() -> DecisionPolicy.defaults().fromJsonOver("{\"onPass\":\"reject\"}"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DecisionPolicy.defaults().fromJsonOver("{\"floor\":0.3}"))
                .hasMessageContaining("not a policy member");
    }

    @Test
    void toMap_roundTripsThroughFromJson() {
        DecisionPolicy p = DecisionPolicy.defaults()
                .fromJsonOver("{\"metric\":\"overall-accuracy\",\"recallFloors\":{\"9\":0.3}}");
        String json = landcover.mlops.pipeline.store.JsonColumns.write(p.toMap());
        assertThat(DecisionPolicy.fromJson(json, DecisionPolicy.defaults())).isEqualTo(p);
    }
}
