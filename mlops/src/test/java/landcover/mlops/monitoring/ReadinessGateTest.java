package landcover.mlops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ReadinessGateTest {
    @Test
    void isReady_withoutConditions_isTrue() {
        assertThat(new ReadinessGate().isReady()).isTrue();
    }

    @Test
    void isReady_untilEveryConditionIsMet_isFalse() {
        ReadinessGate gate = new ReadinessGate();
        ReadinessGate.Condition models = gate.require("production-models", "loading 2 models");
        ReadinessGate.Condition cache = gate.require("tile-cache", "warming");
        assertThat(gate.isReady()).isFalse();
        models.markMet();
        assertThat(gate.isReady()).isFalse();
        assertThat(gate.report())
                .containsExactly(
                        new ReadinessGate.ConditionState("production-models", true, ""),
                        new ReadinessGate.ConditionState("tile-cache", false, "warming"));
        cache.markMet();
        assertThat(gate.isReady()).isTrue();
        models.markUnmet("reloading 2023");
        assertThat(gate.isReady()).isFalse();
        assertThat(gate.report().getFirst().detail()).isEqualTo("reloading 2023");
    }

    @Test
    void beginShutdown_makesItNotReadyForGood() {
        ReadinessGate gate = new ReadinessGate();
        gate.require("production-models", "loading").markMet();
        gate.beginShutdown();
        assertThat(gate.isReady()).isFalse();
        assertThat(gate.report())
                .last()
                .extracting(ReadinessGate.ConditionState::name)
                .isEqualTo("shutdown");
        gate.require("late", "x").markMet();
        assertThat(gate.isReady()).isFalse();
    }

    @Test
    void onChange_reportsNowAndEveryChange_onlyOnChanges() {
        ReadinessGate gate = new ReadinessGate();
        ReadinessGate.Condition models = gate.require("production-models", "loading");
        List<Boolean> seen = new CopyOnWriteArrayList<>();
        gate.onChange(seen::add);
        models.markMet();
        models.markMet();
        models.markUnmet("reloading");
        gate.beginShutdown();
        assertThat(seen).containsExactly(false, true, false);
    }
}
