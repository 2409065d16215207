package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.mlops.monitoring.alerts.Alert;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.pipeline.truth.GroundTruthUpload;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.serving.PredictionRequest;
import landcover.mlops.serving.YearPrediction;
import landcover.mlops.serving.shadow.Comparison;
import landcover.mlops.serving.shadow.ShadowReport;
import landcover.raster.imagery.sample.SampleRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle's acceptance story on the SYNTHETIC sample region, in one process and on a clock the
 * test moves: the change year's base model serves burnt ground with low confidence, the shipped
 * low-confidence rule fires (and finds no data), a survey of the changed ground arrives, the alert's
 * next notification starts retraining, the challenger beats the champion on the same holdout, goes to
 * shadow, agreement is measured on mirrored traffic, and it is promoted while requests keep coming —
 * none fails, and every answer after the switch names the new version. The figures measured are
 * written to {@code target/lifecycle-acceptance.txt}.
 */
class LifecycleAcceptanceTest {
    static final Year CHANGE = new Year(SampleRegion.CHANGE_YEAR);
    static final Year BEFORE = new Year(SampleRegion.CHANGE_YEAR - 1);
    static final String LOW_CONFIDENCE = "LandcoverLowDailyConfidence";
    static final String PRODUCTION = Alias.PRODUCTION.value();

    @TempDir
    Path dir;

    LifecycleWorld world;
    List<Aoi> changed;
    List<Aoi> stable;
    final Map<String, Object> figures = new LinkedHashMap<>();

    @Test
    void lifecycle_changeYearServed_alertRetrainsShadowsAndPromotesWithoutAFailedRequest() throws Exception {
        EmbeddedFixture.get(); // the bootstrap is shared by every test of the JVM; not part of the story's time
        long start = System.nanoTime();
        try (LifecycleWorld w = new LifecycleWorld(dir)) {
            world = w;
            changed = LifecycleWorld.tiles(w.aoi(w.sample.changedAoi(CHANGE.value())));
            stable = LifecycleWorld.tiles(w.aoi(w.sample.stableAoi()));
            ModelVersionRecord champion = production();
            double low = confidenceDropsOnChangedGround();
            alertFiresAndFindsNoData();
            String batch = newGroundTruthIngested();
            RunRecord run = alertRepeatStartsRetraining();
            ModelVersion challenger = challengerBeatsChampionOnTheSameHoldout(run, champion, batch);
            agreementMeasuredOnMirroredTraffic(challenger);
            new PromotionUnderLoad(world, changed, stable, figures)
                    .promote(champion.id().version(), challenger);
            confidenceRecoversAndAlertResolves(low, challenger);
            historyShowsEveryStep(run, champion.id().version(), challenger);
        }
        figures.put("storySeconds", (System.nanoTime() - start) / 1e9);
        write();
    }

    private ModelVersionRecord production() {
        return world.registry.resolve(AliasRef.production(CHANGE)).orElseThrow();
    }

    private List<YearPrediction> serve(Year year, List<Aoi> tiles, int rounds) {
        List<YearPrediction> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Aoi tile : tiles) {
                out.add(world.serving
                        .predict(PredictionRequest.of(tile, year))
                        .year(year)
                        .orElseThrow());
            }
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Moves the clock to midnight of the next UTC day, a new day of confidence and drift figures, and
     * evaluates the rules for ten minutes of it (as they are evaluated every minute, the night's empty
     * figures end any alert still pending).
     */
    private void nextDay() {
        Instant midnight = today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        world.clock.advance(Duration.between(world.clock.instant(), midnight));
        world.evaluateFor(10);
    }

    private double daily(Year year) {
        return world.confidence.dailyMean(year.value(), PRODUCTION, today());
    }

    private double confidenceDropsOnChangedGround() {
        serve(BEFORE, changed, 3);
        serve(CHANGE, stable, 3);
        double beforeYear = daily(BEFORE);
        figures.put("max feature PSI " + CHANGE + ", stable ground", maxPsi(CHANGE));
        double stableArea = daily(CHANGE);
        // Past the low-confidence rule's `for: 30m`, short of the drift rule's `for: 1h`: the served
        // tiles of one small AOI are far narrower than the training distribution (max PSI about 7.6 on
        // stable ground, measured), so the drift rule fires on any such day; it is informational only
        // (no action=retrain label), and not this story.
        world.evaluateFor(40);
        assertThat(firing(LOW_CONFIDENCE)).isEmpty();
        nextDay();
        assertThat(serve(CHANGE, changed, 3))
                .allSatisfy(p -> assertThat(p.model()).isEqualTo(production().id()));
        double changedArea = daily(CHANGE);
        figures.put("max feature PSI " + CHANGE + ", burnt ground", maxPsi(CHANGE));
        figures.put("confidence " + BEFORE + " base model, ground that burns in " + CHANGE, beforeYear);
        figures.put("confidence " + CHANGE + " base model, stable ground", stableArea);
        figures.put("confidence " + CHANGE + " base model, burnt ground", changedArea);
        assertThat(changedArea).isLessThan(0.6).isLessThan(stableArea - 0.2).isLessThan(beforeYear - 0.2);
        assertThat(world.confidence.figures())
                .anySatisfy(f -> assertThat(
                                f.year() == CHANGE.value() && f.alias().equals(PRODUCTION) && f.dailyCount() == 27)
                        .isTrue());
        return changedArea;
    }

    private double maxPsi(Year year) {
        return world.drift.drift().stream()
                .filter(d -> d.year() == year.value())
                .mapToDouble(d -> d.psi())
                .max()
                .orElse(Double.NaN);
    }

    private List<Alert> firing(String name) {
        return world.rules.firing().stream().filter(a -> a.name().equals(name)).toList();
    }

    private List<TriggerOutcome> outcomes(String name) {
        return world.alertOutcomes.stream().filter(o -> o.source().equals(name)).toList();
    }

    /** The rule's {@code for: 30m} holds it pending; then it fires, and no unused ground truth exists. */
    private void alertFiresAndFindsNoData() {
        world.evaluateFor(29);
        assertThat(firing(LOW_CONFIDENCE)).isEmpty();
        world.evaluateFor(2);
        assertThat(firing(LOW_CONFIDENCE))
                .singleElement()
                .satisfies(a -> assertThat(a.label("year")).contains(CHANGE.toString()));
        assertThat(outcomes(LOW_CONFIDENCE)).singleElement().satisfies(o -> {
            assertThat(o.year()).contains(CHANGE.value());
            assertThat(o.run().orElseThrow().status()).isEqualTo(RunStatus.NEEDS_DATA);
        });
        world.evaluateFor(50); // past the drift rule's `for: 1h` too: it informs, it starts no run
        figures.put(
                "alerts firing before the new ground truth",
                world.rules.firing().stream()
                        .map(a -> a.name() + " " + a.label("year").orElse(""))
                        .toList());
        assertThat(world.alertOutcomes)
                .allSatisfy(
                        o -> assertThat(o.run().map(RunRecord::status)).isNotEqualTo(Optional.of(RunStatus.SUCCEEDED)));
    }

    private String newGroundTruthIngested() throws IOException {
        String text = Files.readString(world.sample.newPoints(CHANGE.value()));
        var result = world.lifecycle
                .groundTruth()
                .add(GroundTruthUpload.of(CHANGE, text, null, "2023-new.geojson", "surveyor"));
        GroundTruthBatch batch = result.batch();
        assertThat(result.created()).isTrue();
        assertThat(batch.isUnused()).isTrue();
        assertThat(batch.classCounts().get(9)).isGreaterThan(batch.items() / 3);
        assertThat(world.lifecycle.retraining().pendingBatches(CHANGE))
                .extracting(GroundTruthBatch::id)
                .containsExactly(batch.id());
        figures.put("new batch items", batch.items());
        figures.put("new batch per class", batch.classCounts());
        return batch.id();
    }

    /** Alertmanager repeats a firing alert; with data now there, its next notification retrains. */
    private RunRecord alertRepeatStartsRetraining() {
        int minutes = 0;
        while (outcomes(LOW_CONFIDENCE).size() < 2 && minutes < 300) {
            world.evaluateFor(1);
            minutes++;
        }
        TriggerOutcome repeat = outcomes(LOW_CONFIDENCE).getLast();
        RunRecord started = repeat.run().orElseThrow();
        assertThat(started.status()).as(started.message()).isEqualTo(RunStatus.QUEUED);
        assertThat(started.trigger().kind()).isEqualTo(TriggerKind.ALERT);
        assertThat(started.trigger().detail()).startsWith(LOW_CONFIDENCE);
        long t = System.nanoTime();
        RunRecord run = world.lifecycle.retraining().await(started.id(), Duration.ofMinutes(10));
        figures.put("retraining run seconds", (System.nanoTime() - t) / 1e9);
        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.decision()).as(run.message()).contains("shadow");
        return run;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private ModelVersion challengerBeatsChampionOnTheSameHoldout(
            RunRecord run, ModelVersionRecord champion, String batch) {
        ModelVersion version = new ModelVersion(run.challengerVersion().orElseThrow());
        ModelVersionRecord challenger = world.registry.get(new ModelId(ModelName.DEFAULT, CHANGE, version));
        assertThat(challenger.lineage().parent()).isEqualTo(champion.id().version());
        assertThat(world.lifecycle.groundTruth().find(batch).orElseThrow().usedBy())
                .containsExactly(challenger.id());
        figures.put("holdout sha256 (shared)", sharedHoldout(run, champion));
        Map<String, Object> out = run.step(StepName.EVALUATE).orElseThrow().outputs();
        double championOa = number(map(out.get("champion")), "overallAccuracy");
        double challengerOa = number(map(out.get("challenger")), "overallAccuracy");
        Map<String, Object> newPart = map(out.get("newPart"));
        Map<String, Object> frozenPart = map(out.get("frozenPart"));
        figures.put(
                "holdout rows (frozen + new)",
                out.get("rows") + " (" + frozenPart.get("rows") + " + " + newPart.get("rows") + ")");
        figures.put("accuracy champion / challenger, whole holdout", championOa + " / " + challengerOa);
        figures.put("accuracy champion / challenger, frozen part", pair(frozenPart));
        figures.put("accuracy champion / challenger, new part", pair(newPart));
        figures.put("mcnemar", out.get("mcnemar"));
        assertThat(challengerOa).isGreaterThan(championOa + 0.03);
        assertThat(number(newPart, "challengerAccuracy")).isGreaterThan(number(newPart, "championAccuracy") + 0.3);
        assertThat(number(frozenPart, "challengerAccuracy"))
                .isGreaterThan(number(frozenPart, "championAccuracy") - 0.02);
        return version;
    }

    /**
     * The champion's frozen holdout is merged whole, new locations are appended to it, and training and
     * evaluation both name that one file's hash.
     */
    private static String sharedHoldout(RunRecord run, ModelVersionRecord champion) {
        StepRecord merge = run.step(StepName.MERGE).orElseThrow();
        StepRecord split = run.step(StepName.SPLIT).orElseThrow();
        assertThat(merge.inputs().get("championHoldout"))
                .isEqualTo(champion.lineage().holdout().hex());
        assertThat(split.outputs().get("frozenHoldoutRows"))
                .isEqualTo(merge.outputs().get("championHoldoutRows"));
        assertThat(number(split.outputs(), "newHoldoutRows")).isPositive();
        String holdout = (String) split.outputs().get("holdoutSha256");
        assertThat(run.step(StepName.TRAIN).orElseThrow().inputs().get("holdout"))
                .isEqualTo(holdout);
        assertThat(run.step(StepName.EVALUATE).orElseThrow().inputs().get("holdout"))
                .isEqualTo(holdout);
        return holdout;
    }

    private static String pair(Map<String, Object> part) {
        return part.get("championAccuracy") + " / " + part.get("challengerAccuracy");
    }

    /** Mirrored requests over burnt and stable ground, told apart by when production served them. */
    private void agreementMeasuredOnMirroredTraffic(ModelVersion challenger) {
        assertThat(world.registry.aliases(ModelName.DEFAULT, CHANGE)).containsEntry(Alias.SHADOW, challenger);
        world.clock.advance(Duration.ofMinutes(1));
        Instant burnt = world.clock.instant();
        serve(CHANGE, changed, 2);
        world.clock.advance(Duration.ofMinutes(1));
        serve(CHANGE, stable, 2);
        assertThat(world.mirror.awaitIdle(Duration.ofMinutes(2))).isTrue();
        ShadowReport report = world.mirror.report(CHANGE).orElseThrow();
        assertThat(report.shadow().version()).isEqualTo(challenger);
        assertThat(report.mirrored()).isEqualTo(18);
        assertThat(report.failed() + report.dropped()).isZero();
        List<Comparison> onBurnt =
                report.recent().stream().filter(c -> c.at().equals(burnt)).toList();
        List<Comparison> onStable =
                report.recent().stream().filter(c -> c.at().isAfter(burnt)).toList();
        assertThat(onBurnt).hasSize(9);
        assertThat(onStable).hasSize(9);
        double burntAgreement = agreement(onBurnt);
        double stableAgreement = agreement(onStable);
        figures.put("mirrored requests", report.mirrored() + " of " + report.seen());
        figures.put("agreement, rolling over all mirrored pixels", report.rollingAgreement());
        figures.put("agreement on burnt ground", burntAgreement);
        figures.put("agreement on stable ground", stableAgreement);
        figures.put("shadow minus production confidence, burnt ground", confidenceDelta(onBurnt));
        assertThat(stableAgreement).isGreaterThan(0.9);
        assertThat(burntAgreement).isLessThan(0.5);
        assertThat(confidenceDelta(onBurnt)).isGreaterThan(0.2);
        assertThat(report.rollingClassAreaDeltasM2().get(9)).isPositive();
    }

    private static double agreement(List<Comparison> cs) {
        return cs.stream().mapToLong(Comparison::agreeing).sum()
                / (double) cs.stream().mapToLong(Comparison::pixels).sum();
    }

    private static double confidenceDelta(List<Comparison> cs) {
        double pixels = cs.stream().mapToLong(Comparison::pixels).sum();
        return cs.stream().mapToDouble(c -> c.confidenceDelta() * c.pixels()).sum() / pixels;
    }

    private void confidenceRecoversAndAlertResolves(double low, ModelVersion challenger) {
        nextDay();
        assertThat(serve(CHANGE, changed, 3))
                .allSatisfy(p -> assertThat(p.model().version()).isEqualTo(challenger));
        double after = daily(CHANGE);
        figures.put("confidence " + CHANGE + " promoted challenger, burnt ground", after);
        assertThat(after).isGreaterThan(low + 0.3);
        world.evaluateFor(125); // keep_firing_for: 2h
        assertThat(firing(LOW_CONFIDENCE)).isEmpty();
        assertThat(outcomes(LOW_CONFIDENCE).getLast().note()).startsWith("resolved");
    }

    private void historyShowsEveryStep(RunRecord run, ModelVersion champion, ModelVersion challenger) {
        List<AliasEvent> history = world.registry.history(ModelName.DEFAULT, CHANGE);
        assertThat(history.getFirst().to()).isEqualTo(champion);
        List<AliasEvent> story = history.subList(history.size() - 3, history.size());
        assertThat(story)
                .extracting(e -> e.alias().alias(), AliasEvent::kind, AliasEvent::from, AliasEvent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Alias.SHADOW, AliasEvent.Kind.MOVE, null, challenger),
                        org.assertj.core.groups.Tuple.tuple(
                                Alias.PRODUCTION, AliasEvent.Kind.MOVE, champion, challenger),
                        org.assertj.core.groups.Tuple.tuple(Alias.SHADOW, AliasEvent.Kind.CLEAR, challenger, null));
        assertThat(story.getFirst().by()).isEqualTo("pipeline " + run.id());
        assertThat(story.getFirst().reason()).startsWith("shadow by policy");
        assertThat(story.get(1).by()).isEqualTo("ana");
        assertThat(story).extracting(AliasEvent::sequence).isSorted();
        assertThat(run.steps()).extracting(StepRecord::step).containsExactly(StepName.values());
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.DONE));
        List<RunRecord> runs = world.lifecycle.retraining().runs(Optional.of(CHANGE), 20);
        assertThat(runs).extracting(RunRecord::id).contains(run.id());
        assertThat(runs)
                .anySatisfy(r -> assertThat(r.status() == RunStatus.NEEDS_DATA
                                && r.trigger().detail().startsWith(LOW_CONFIDENCE)
                                && r.createdAt().isBefore(run.createdAt()))
                        .isTrue());
        figures.put(
                "promotion history",
                story.stream()
                        .map(e -> e.alias().alias() + " " + e.kind() + " " + e.from() + "->" + e.to() + " by " + e.by())
                        .toList());
    }

    private void write() throws IOException {
        StringBuilder text = new StringBuilder("# figures of LifecycleAcceptanceTest (SYNTHETIC sample region)\n");
        figures.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "lifecycle-acceptance.txt"), text);
    }
}
