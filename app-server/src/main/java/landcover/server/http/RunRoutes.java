package landcover.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.mlops.pipeline.RetrainRequest;
import landcover.mlops.pipeline.RetrainingService;
import landcover.mlops.pipeline.RunNotFoundException;
import landcover.mlops.pipeline.RunRecord;
import landcover.mlops.pipeline.Trigger;
import landcover.mlops.pipeline.policy.DecisionOutcome;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.server.api.LifecycleState;

/**
 * Retraining runs. {@code POST /v1/years/{year}/retrain} (admin; body optional: {@code {"reason":
 * "…", "by": "…", "params": {"trees": 200}}}) starts a run: 202 with {@code Location:
 * /v1/runs/{id}} (or, with {@code ?wait=true}, 200 once it ended); 409 while another run of the year
 * is active; 404 without a production model. {@code GET /v1/runs?year=&limit=}: runs and recorded
 * triggers, newest first. {@code GET /v1/runs/{id}}: one run with its steps (state, cache key,
 * inputs, outputs, timing, log) and outcome (decision with evidence). {@code POST
 * /v1/runs/{id}/approve} (admin; {@code {"action": "promote" | "shadow", "by": "…"}}) acts on a run
 * that awaits approval. {@code GET /v1/years/{year}/retrain-policy} and {@code PUT} (admin; members
 * to change) read and set the year's decision policy.
 */
public final class RunRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(10);

    private RunRoutes() {}

    /** Registers the endpoints. */
    public static void routing(HttpRouting.Builder routing, LifecycleState state, AccessGuard access, long maxBody) {
        routing.post("/v1/years/{year}/retrain", access.admin((req, res) -> {
            RetrainingService retraining = state.require().lifecycle().retraining();
            JsonNode body = body(req, maxBody);
            Optional<String> params =
                    body.has("params") ? Optional.of(body.get("params").toString()) : Optional.empty();
            RunRecord run = retraining.start(new RetrainRequest(
                    year(req),
                    Trigger.manual(
                            body.path("by").asText("admin"), body.path("reason").asText("")),
                    params));
            if ("true".equals(req.query().contains("wait") ? req.query().get("wait") : "false")) {
                Json.send(res, LifecycleJson.run(retraining.await(run.id(), WAIT), true));
                return;
            }
            res.status(run.status().isActive() ? Status.ACCEPTED_202 : Status.OK_200)
                    .header(HeaderNames.LOCATION, "/v1/runs/" + run.id());
            Json.send(res, LifecycleJson.run(run, false));
        }));
        routing.get("/v1/runs", (req, res) -> {
            Optional<Year> year = req.query().contains("year")
                    ? Optional.of(Year.parse(req.query().get("year")))
                    : Optional.empty();
            int limit = req.query().contains("limit") ? parseLimit(req.query().get("limit")) : 50;
            Json.send(
                    res,
                    Map.of(
                            "runs",
                            state.require().lifecycle().retraining().runs(year, limit).stream()
                                    .map(r -> LifecycleJson.run(r, false))
                                    .toList()));
        });
        routing.get("/v1/runs/{id}", (req, res) -> Json.send(res, LifecycleJson.run(run(state, req), true)));
        routing.post("/v1/runs/{id}/approve", access.admin((req, res) -> {
            JsonNode body = body(req, maxBody);
            DecisionOutcome action = DecisionOutcome.parse(body.path("action").asText(null), "action");
            RunRecord run = state.require()
                    .lifecycle()
                    .retraining()
                    .approve(run(state, req).id(), action, body.path("by").asText("admin"));
            Json.send(res, LifecycleJson.run(run, true));
        }));
        routing.get(
                "/v1/years/{year}/retrain-policy",
                (req, res) -> Json.send(
                        res,
                        state.require()
                                .lifecycle()
                                .retraining()
                                .policy(year(req))
                                .toMap()));
        routing.put("/v1/years/{year}/retrain-policy", access.admin((req, res) -> {
            RetrainingService retraining = state.require().lifecycle().retraining();
            Year year = year(req);
            DecisionPolicy policy = retraining.policy(year).fromJsonOver(Bodies.jsonText(req, maxBody));
            retraining.setPolicy(year, policy, "admin");
            Json.send(res, policy.toMap());
        }));
        Methods.refuseOthers(routing, "/v1/years/{year}/retrain", Method.POST);
        Methods.refuseOthers(routing, "/v1/runs", Method.GET);
        Methods.refuseOthers(routing, "/v1/runs/{id}", Method.GET);
        Methods.refuseOthers(routing, "/v1/runs/{id}/approve", Method.POST);
        Methods.refuseOthers(routing, "/v1/years/{year}/retrain-policy", Method.GET, Method.PUT);
    }

    private static Year year(ServerRequest req) {
        return Year.parse(req.path().pathParameters().get("year"));
    }

    private static RunRecord run(LifecycleState state, ServerRequest req) {
        String id = req.path().pathParameters().get("id");
        return state.require().lifecycle().retraining().find(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    private static int parseLimit(String text) {
        try {
            return Math.clamp(Integer.parseInt(text), 1, 1000);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("limit", "'" + text + "' is not a number");
        }
    }

    /** The JSON object body, or an empty object when there is none. */
    private static JsonNode body(ServerRequest req, long maxBody) {
        if (!req.content().hasEntity()) {
            return JSON.createObjectNode();
        }
        String text = Bodies.jsonText(req, maxBody);
        try {
            JsonNode node = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            if (!node.isObject()) {
                throw RequestProblemException.malformed("the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw RequestProblemException.malformed(
                    "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
