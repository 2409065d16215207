package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.mlops.monitoring.ReadinessGate;

/**
 * Health probes. {@code GET /health/live}: 200 while the process answers at all. {@code GET
 * /health/ready}: 200 when the {@link ReadinessGate} is ready (production models loaded, not
 * shutting down), else 503; the body lists each condition either way:
 * {@code {"status":"UP"|"DOWN","checks":[{"name":…,"status":…,"detail":…}]}}.
 */
public final class HealthRoutes {
    private HealthRoutes() {}

    /** Registers the probes. */
    public static void routing(HttpRouting.Builder routing, ReadinessGate readiness) {
        routing.get("/health/live", (req, res) -> {
            res.header(HeaderNames.CACHE_CONTROL, "no-store");
            Json.send(res, Map.of("status", "UP"));
        });
        routing.get("/health/ready", (req, res) -> {
            boolean ready = readiness.isReady();
            res.status(ready ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503)
                    .header(HeaderNames.CACHE_CONTROL, "no-store");
            Json.send(res, report(ready, readiness.report()));
        });
        Methods.refuseOthers(routing, "/health/live", Method.GET);
        Methods.refuseOthers(routing, "/health/ready", Method.GET);
    }

    private static Map<String, Object> report(boolean ready, List<ReadinessGate.ConditionState> states) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("checks", states.stream().map(HealthRoutes::check).toList());
        return body;
    }

    private static Map<String, Object> check(ReadinessGate.ConditionState state) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("name", state.name());
        check.put("status", state.met() ? "UP" : "DOWN");
        if (!state.detail().isEmpty()) {
            check.put("detail", state.detail());
        }
        return check;
    }
}
