package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.util.List;
import java.util.Map;
import landcover.mlops.monitoring.alerts.AlertNotification;
import landcover.mlops.monitoring.alerts.AlertmanagerPayload;
import landcover.mlops.pipeline.TriggerOutcome;
import landcover.server.api.LifecycleServices;
import landcover.server.api.LifecycleState;

/**
 * Alerts. {@code POST /v1/alerts} (admin: configure Alertmanager's {@code http_config.authorization}
 * with the admin token): Alertmanager's webhook payload, version 4; each firing alert labelled
 * {@code action="retrain"} with a {@code year} starts retraining for that year when unused ground
 * truth exists and otherwise records "needs data". Answers 200 with one outcome per alert; 400
 * problem+json naming the member of a malformed payload. {@code GET /v1/alerts}: the alerts the
 * embedded rule evaluation has firing (empty when Prometheus evaluates the rules).
 */
public final class AlertRoutes {
    private AlertRoutes() {}

    /** Registers the endpoints. */
    public static void routing(HttpRouting.Builder routing, LifecycleState state, AccessGuard access, long maxBody) {
        routing.post("/v1/alerts", access.admin((req, res) -> {
            AlertNotification notification = AlertmanagerPayload.parse(Bodies.jsonText(req, maxBody));
            LifecycleServices s = state.require();
            List<TriggerOutcome> outcomes = s.lifecycle().triggers().onAlerts(notification, "alertmanager");
            Json.send(
                    res,
                    Map.of(
                            "receiver",
                            notification.receiver(),
                            "outcomes",
                            outcomes.stream().map(LifecycleJson::trigger).toList()));
        }));
        routing.get("/v1/alerts", (req, res) -> {
            LifecycleServices s = state.require();
            Json.send(
                    res,
                    Map.of(
                            "evaluatedInProcess",
                            s.rules().isPresent(),
                            "firing",
                            s.rules()
                                    .map(r -> r.firing().stream()
                                            .map(LifecycleJson::alert)
                                            .toList())
                                    .orElse(List.of())));
        });
        Methods.refuseOthers(routing, "/v1/alerts", Method.GET, Method.POST);
    }
}
