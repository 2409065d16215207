package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.mlops.pipeline.truth.GroundTruthUpload;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ModelVersionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole retraining runs on the toy world: the decision, its evidence, lineage, caching and refusals. */
class RetrainingRunTest {
    @TempDir
    Path dir;

    PipelineFixture fx;
    RetrainingService retraining;
    ModelVersionRecord champion;

    @BeforeEach
    void setUp() throws Exception {
        fx = new PipelineFixture(dir);
        champion = fx.champion();
        retraining = fx.open(fx.config()).retraining();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    String addBatch() {
        return fx.lifecycle
                .groundTruth()
                .add(GroundTruthUpload.of(ToyWorld.YEAR, fx.newBatch(), null, "burn-survey.geojson", "ana"))
                .batch()
                .id();
    }

    RunRecord run(Trigger trigger) {
        RunRecord started = retraining.start(RetrainRequest.of(ToyWorld.YEAR, trigger));
        return retraining.await(started.id(), Duration.ofMinutes(2));
    }

    @Test
    void run_newGroundTruthOverChangedGround_challengerBeatsChampionOnTheSameRows_andGoesToShadow() {
        String batch = addBatch();
        RunRecord run = run(Trigger.manual("ana", "burnt forest mapped"));
        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.steps()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(StepState.DONE);
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.duration()).isPresent();
        });
        assertThat(run.step(StepName.TRAIN).orElseThrow().cacheKey()).hasSize(64);
        assertThat(run.decision()).contains("shadow");
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) run.outcome().get("decision");
        @SuppressWarnings("unchecked")
        Map<String, Object> mcnemar = (Map<String, Object>) decision.get("mcnemar");
        assertThat(((Number) mcnemar.get("c")).longValue()).isGreaterThan(((Number) mcnemar.get("b")).longValue());
        assertThat(((Number) mcnemar.get("pValue")).doubleValue()).isLessThan(0.05);
        @SuppressWarnings("unchecked")
        Map<String, Object> deltas = (Map<String, Object>) decision.get("deltas");
        assertThat(((Number) deltas.get("kappa")).doubleValue()).isGreaterThan(0.01);

        ModelVersionRecord challenger = fx.registry
                .resolve(fx.lifecycle.groundTruth().find(batch).orElseThrow().usedBy().stream()
                        .findFirst()
                        .map(id -> new landcover.domain.AliasRef(id.name(), id.year(), Alias.SHADOW))
                        .orElseThrow())
                .orElseThrow();
        assertThat(challenger.id().version()).isEqualTo(new ModelVersion(2));
        assertThat(challenger.lineage().parent()).isEqualTo(champion.id().version());
        assertThat(challenger.lineage().createdBy().pipelineRunId()).isEqualTo(run.id());
        assertThat(challenger.lineage().createdBy().trigger()).isEqualTo("manual");
        assertThat(challenger.lineage().description()).contains(batch);
        assertThat(challenger.artifact(RegisterStep.RETRAINING)).isPresent();
        assertThat(challenger.artifact(landcover.mlops.monitoring.ReferenceHistograms.ARTIFACT))
                .isPresent();
        List<AliasEvent> history = fx.registry.history(ModelName.DEFAULT, ToyWorld.YEAR);
        assertThat(history.getLast().alias().alias()).isEqualTo(Alias.SHADOW);
        assertThat(history.getLast().reason()).startsWith("shadow by policy").contains("McNemar b=");
        assertThat(fx.lifecycle.groundTruth().find(batch).orElseThrow().usedBy())
                .containsExactly(challenger.id());
    }

    @Test
    void run_sameInputsAgain_reusesEveryCachedStepAndTheRegisteredVersion() {
        addBatch();
        RunRecord first = run(Trigger.manual("ana", "first"));
        RunRecord second = run(Trigger.manual("ana", "again"));
        assertThat(second.status()).as(second.message()).isEqualTo(RunStatus.SUCCEEDED);
        for (StepName step :
                List.of(StepName.EXTRACT_FEATURES, StepName.MERGE, StepName.SPLIT, StepName.TRAIN, StepName.EVALUATE)) {
            StepRecord again = second.step(step).orElseThrow();
            assertThat(again.cached()).as(step.label()).isTrue();
            assertThat(again.cacheKey())
                    .isEqualTo(first.step(step).orElseThrow().cacheKey());
        }
        assertThat(second.step(StepName.REGISTER).orElseThrow().outputs()).containsEntry("reused", true);
        assertThat(second.challengerVersion()).isEqualTo(first.challengerVersion());
        assertThat(fx.registry.versions(ModelName.DEFAULT, ToyWorld.YEAR)).hasSize(2);
    }

    @Test
    void run_worseChallenger_isRejectedAndTheRunSaysWhy() {
        addBatch();
        RunRecord started = retraining.start(new RetrainRequest(
                ToyWorld.YEAR, Trigger.manual("ana", "stumps"), Optional.of("{\"trees\":1,\"maxDepth\":1}")));
        RunRecord run = retraining.await(started.id(), Duration.ofMinutes(2));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.decision()).contains("reject");
        assertThat(run.message()).contains("reject").contains("short of the required");
        assertThat(fx.registry.aliases(ModelName.DEFAULT, ToyWorld.YEAR))
                .isEqualTo(Map.of(Alias.PRODUCTION, champion.id().version()));
    }

    @Test
    void run_betterOverallButBelowAClassFloor_isRejectedNamingTheClass() {
        addBatch();
        retraining.setPolicy(
                ToyWorld.YEAR, DecisionPolicy.defaults().fromJsonOver("{\"recallFloors\":{\"9\":0.8}}"), "ana");
        RunRecord run = run(Trigger.manual("ana", "strict floors"));
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) run.outcome().get("decision");
        @SuppressWarnings("unchecked")
        Map<String, Object> deltas = (Map<String, Object>) decision.get("deltas");
        assertThat(((Number) deltas.get("kappa")).doubleValue()).isGreaterThan(0.01);
        assertThat(run.decision()).contains("reject");
        assertThat(run.message()).contains("class 9 recall 0.667 is below its floor 0.800");
        assertThat(decision.get("failedFloors")).asList().hasSize(1);
        assertThat(fx.registry.aliases(ModelName.DEFAULT, ToyWorld.YEAR)).doesNotContainKey(Alias.SHADOW);
    }

    @Test
    void start_triggersWithoutNewDataOrWhileBusy_areRecordedWithTheirOutcome() {
        RunRecord alert = retraining.start(RetrainRequest.of(
                ToyWorld.YEAR, new Trigger(TriggerKind.ALERT, "LandcoverLowDailyConfidence", "alertmanager")));
        assertThat(alert.status()).isEqualTo(RunStatus.NEEDS_DATA);
        addBatch();
        RunRecord manual = retraining.start(RetrainRequest.of(ToyWorld.YEAR, Trigger.manual("ana", "go")));
        RunRecord busy = retraining.start(
                RetrainRequest.of(ToyWorld.YEAR, new Trigger(TriggerKind.SCHEDULE, "daily", "scheduler")));
        assertThat(busy.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(busy.message()).contains(manual.id());
        assertThatThrownBy(() -> retraining.start(RetrainRequest.of(ToyWorld.YEAR, Trigger.manual("bo", "me too"))))
                .isInstanceOf(RunInProgressException.class);
        retraining.await(manual.id(), Duration.ofMinutes(2));
        assertThat(retraining.runs(Optional.of(ToyWorld.YEAR), 10))
                .extracting(RunRecord::status)
                .containsExactly(RunStatus.SKIPPED, RunStatus.SUCCEEDED, RunStatus.NEEDS_DATA);
    }
}
