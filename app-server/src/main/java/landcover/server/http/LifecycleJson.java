package landcover.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.mlops.monitoring.ConfidenceWindows;
import landcover.mlops.monitoring.DriftMonitor;
import landcover.mlops.monitoring.alerts.Alert;
import landcover.mlops.pipeline.RunRecord;
import landcover.mlops.pipeline.StepRecord;
import landcover.mlops.pipeline.TriggerOutcome;
import landcover.mlops.pipeline.truth.DuplicateLocation;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.pipeline.truth.IntakeResult;
import landcover.mlops.serving.shadow.Comparison;
import landcover.mlops.serving.shadow.ShadowReport;

/** The wire form of lifecycle objects (maps for {@link Json}). Stateless. */
final class LifecycleJson {
    private LifecycleJson() {}

    static Map<String, Object> intake(IntakeResult r) {
        Map<String, Object> out = batch(r.batch());
        out.put("created", r.created());
        return out;
    }

    static Map<String, Object> batch(GroundTruthBatch b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", b.id());
        out.put("year", b.year().value());
        out.put("sha256", b.sha256().hex());
        out.put("format", b.format().label());
        out.put("labelField", b.labelField());
        out.put("source", b.sourceName());
        out.put("addedBy", b.addedBy());
        out.put("addedAt", b.addedAt().toString());
        out.put("points", b.points());
        out.put("polygons", b.polygons());
        Map<String, Object> counts = new LinkedHashMap<>();
        b.classCounts().forEach((code, n) -> counts.put(code.toString(), n));
        out.put("classCounts", counts);
        out.put(
                "duplicates",
                b.duplicates().stream().map(LifecycleJson::duplicate).toList());
        out.put(
                "usedBy",
                b.usedBy().stream()
                        .map(id -> Map.of(
                                "model", id.toString(), "version", id.version().value()))
                        .toList());
        out.put("used", !b.isUnused());
        return out;
    }

    private static Map<String, Object> duplicate(DuplicateLocation d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("item", d.item());
        out.put("otherBatch", d.otherBatch());
        out.put("otherItem", d.otherItem());
        out.put("classCode", d.classCode());
        out.put("otherClassCode", d.otherClassCode());
        out.put("distanceM", Math.round(d.distanceM() * 100) / 100.0);
        out.put("conflict", d.isConflict());
        return out;
    }

    static Map<String, Object> run(RunRecord r, boolean withSteps) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("model", r.line().value());
        out.put("year", r.year().value());
        out.put(
                "trigger",
                Map.of(
                        "kind",
                        r.trigger().kind().label(),
                        "detail",
                        r.trigger().detail(),
                        "requestedBy",
                        r.trigger().requestedBy()));
        out.put("status", r.status().label());
        out.put("message", r.message());
        out.put("createdAt", r.createdAt().toString());
        out.put("updatedAt", r.updatedAt().toString());
        out.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        r.decision().ifPresent(d -> out.put("decision", d));
        r.challengerVersion().ifPresent(v -> out.put("challenger", v));
        out.put("request", r.request());
        if (withSteps) {
            out.put("outcome", r.outcome());
            out.put("steps", r.steps().stream().map(LifecycleJson::step).toList());
        } else {
            out.put(
                    "steps",
                    r.steps().stream()
                            .map(s -> Map.of(
                                    "step", s.step().label(), "state", s.state().label()))
                            .toList());
        }
        return out;
    }

    private static Map<String, Object> step(StepRecord s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("step", s.step().label());
        out.put("state", s.state().label());
        out.put("cacheKey", s.cacheKey());
        out.put("cached", s.cached());
        out.put("attempts", s.attempts());
        out.put("startedAt", s.startedAt() == null ? null : s.startedAt().toString());
        out.put("finishedAt", s.finishedAt() == null ? null : s.finishedAt().toString());
        out.put("seconds", s.duration().map(d -> d.toMillis() / 1000.0).orElse(null));
        out.put("inputs", s.inputs());
        out.put("outputs", s.outputs());
        out.put("log", s.log());
        return out;
    }

    static Map<String, Object> trigger(TriggerOutcome t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", t.source());
        out.put("year", t.year().orElse(null));
        out.put("run", t.run().map(RunRecord::id).orElse(null));
        out.put("status", t.run().map(r -> r.status().label()).orElse("ignored"));
        out.put("note", t.note());
        return out;
    }

    static Map<String, Object> shadow(ShadowReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", r.year().value());
        out.put("shadow", r.shadow().toString());
        out.put("production", r.production() == null ? null : r.production().toString());
        out.put("since", r.since().toString());
        out.put("share", r.share());
        out.put("seen", r.seen());
        out.put("mirrored", r.mirrored());
        out.put("dropped", r.dropped());
        out.put("failed", r.failed());
        Map<String, Object> rolling = new LinkedHashMap<>();
        rolling.put("pixels", r.rollingPixels());
        rolling.put("agreement", finite(r.rollingAgreement()));
        rolling.put("productionConfidence", finite(r.rollingProductionConfidence()));
        rolling.put("shadowConfidence", finite(r.rollingShadowConfidence()));
        rolling.put("confidenceDelta", finite(r.rollingConfidenceDelta()));
        rolling.put("classAreaDeltasM2", codes(r.rollingClassAreaDeltasM2()));
        out.put("rolling", rolling);
        out.put("recent", r.recent().stream().map(LifecycleJson::comparison).toList());
        return out;
    }

    private static Map<String, Object> comparison(Comparison c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", c.at().toString());
        out.put("production", c.production().toString());
        out.put("pixels", c.pixels());
        out.put("agreement", c.agreement());
        out.put("productionConfidence", c.productionConfidence());
        out.put("shadowConfidence", c.shadowConfidence());
        out.put("confidenceDelta", c.confidenceDelta());
        out.put("classAreaDeltasM2", codes(c.classAreaDeltasM2()));
        return out;
    }

    static Map<String, Object> monitoring(
            int year, List<ConfidenceWindows.Figures> confidence, List<DriftMonitor.FeatureDrift> drift) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", year);
        out.put(
                "confidence",
                confidence.stream()
                        .filter(f -> f.year() == year)
                        .map(f -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("alias", f.alias());
                            m.put("dailyMean", finite(f.dailyMean()));
                            m.put("dailyPredictions", f.dailyCount());
                            m.put("rollingMean", finite(f.rollingMean()));
                            m.put("rollingPredictions", f.rollingCount());
                            return m;
                        })
                        .toList());
        out.put(
                "drift",
                drift.stream()
                        .filter(d -> d.year() == year)
                        .map(d -> Map.of(
                                "feature",
                                d.feature(),
                                "psi",
                                d.psi(),
                                "pixels",
                                d.pixels(),
                                "model",
                                d.model().toString()))
                        .toList());
        return out;
    }

    static Map<String, Object> alert(Alert a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", a.status());
        out.put("labels", a.labels());
        out.put("annotations", a.annotations());
        out.put("startsAt", a.startsAt().toString());
        return out;
    }

    private static Map<String, Object> codes(Map<Integer, Double> byCode) {
        Map<String, Object> out = new LinkedHashMap<>();
        byCode.forEach((code, v) -> out.put(code.toString(), v));
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
