package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.serving.shadow.ShadowReport;
import landcover.server.api.LifecycleServices;
import landcover.server.api.LifecycleState;

/**
 * Shadow models and monitoring. {@code GET /v1/models/{year}/shadow}: how the year's shadow compares
 * with production on mirrored traffic (per request and rolling: pixel agreement, confidences,
 * class-area deltas; mirrored and dropped counts); 404 when the year has no shadow. {@code POST
 * /v1/models/{year}/shadow/promote} (admin; {@code {"reason": "…", "by": "…"}} optional): the shadow
 * becomes production and shadow is cleared in one registry transaction, serving swaps replicas with
 * no failed request; the history reason carries the agreement figures. {@code GET
 * /v1/years/{year}/monitoring}: today's and rolling mean confidence per alias, and per-feature drift.
 */
public final class ShadowRoutes {
    private ShadowRoutes() {}

    /** Registers the endpoints. */
    public static void routing(HttpRouting.Builder routing, LifecycleState state, AccessGuard access, long maxBody) {
        routing.get("/v1/models/{year}/shadow", (req, res) -> {
            Year year = Year.parse(req.path().pathParameters().get("year"));
            Json.send(res, LifecycleJson.shadow(report(state.require(), year)));
        });
        routing.post("/v1/models/{year}/shadow/promote", access.admin((req, res) -> {
            LifecycleServices s = state.require();
            Year year = Year.parse(req.path().pathParameters().get("year"));
            String by = req.query().contains("by") ? req.query().get("by") : "admin";
            Optional<ShadowReport> report = s.mirror().report(year);
            String reason = "promoted from shadow by " + by
                    + report.map(ShadowRoutes::evidence).orElse("");
            List<AliasEvent> events = s.rollout().promoteShadow(ModelName.DEFAULT, year, by, reason);
            s.mirror().forget(year);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(
                    "events",
                    events.stream()
                            .map(e -> Map.of(
                                    "alias",
                                    e.alias().alias().value(),
                                    "kind",
                                    e.kind().name().toLowerCase(Locale.ROOT),
                                    "from",
                                    String.valueOf(e.from()),
                                    "to",
                                    String.valueOf(e.to()),
                                    "sequence",
                                    e.sequence(),
                                    "reason",
                                    e.reason()))
                            .toList());
            Json.send(res, out);
        }));
        routing.get("/v1/years/{year}/monitoring", (req, res) -> {
            LifecycleServices s = state.require();
            int year = Year.parse(req.path().pathParameters().get("year")).value();
            Json.send(
                    res,
                    LifecycleJson.monitoring(
                            year, s.confidence().figures(), s.drift().drift()));
        });
        Methods.refuseOthers(routing, "/v1/models/{year}/shadow", Method.GET);
        Methods.refuseOthers(routing, "/v1/models/{year}/shadow/promote", Method.POST);
        Methods.refuseOthers(routing, "/v1/years/{year}/monitoring", Method.GET);
    }

    private static ShadowReport report(LifecycleServices s, Year year) {
        return s.mirror()
                .report(year)
                .orElseThrow(() -> ModelNotFoundException.of(
                        new landcover.domain.AliasRef(ModelName.DEFAULT, year, landcover.domain.Alias.SHADOW)));
    }

    /** The agreement figures, for the promotion history. */
    static String evidence(ShadowReport r) {
        return String.format(
                Locale.ROOT,
                "; mirrored %d requests, rolling pixel agreement %.4f over %d pixels,"
                        + " confidence %+.4f (shadow %.4f vs production %.4f)",
                r.mirrored(),
                r.rollingAgreement(),
                r.rollingPixels(),
                r.rollingConfidenceDelta(),
                r.rollingShadowConfidence(),
                r.rollingProductionConfidence());
    }
}
