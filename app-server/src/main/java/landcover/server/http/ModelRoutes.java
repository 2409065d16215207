package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.serving.ServedYear;
import landcover.server.api.ServingState;

/**
 * The served years and the registry. {@code GET /v1/years}: each year with imagery and a production
 * model, with its coverage as a GeoJSON geometry. {@code GET /v1/models} and {@code
 * /v1/models/{year}}: versions, aliases, metrics (and for a year its promotion history). {@code POST
 * /v1/models/{year}/aliases/{alias}} (admin) with {@code {"version": 3, "reason": "…"}}: moves the
 * alias; for {@code production} and {@code shadow} serving swaps to the new version's replicas with
 * no failed request.
 */
public final class ModelRoutes {
    private ModelRoutes() {}

    /** Registers the endpoints. */
    public static void routing(HttpRouting.Builder routing, ServingState serving, AccessGuard access, long maxBody) {
        routing.get(
                "/v1/years",
                (req, res) -> Json.send(
                        res,
                        Map.of(
                                "years",
                                serving.service().servedYears().stream()
                                        .map(ModelRoutes::year)
                                        .toList())));
        routing.get("/v1/models", (req, res) -> Json.send(res, Map.of("models", all(serving.registry()))));
        routing.get(
                "/v1/models/{year}",
                (req, res) -> Json.send(
                        res,
                        yearModels(
                                serving.registry(),
                                Year.parse(req.path().pathParameters().get("year")))));
        routing.post("/v1/models/{year}/aliases/{alias}", access.admin((req, res) -> {
            AliasRef ref = new AliasRef(
                    ModelName.DEFAULT,
                    Year.parse(req.path().pathParameters().get("year")),
                    new Alias(req.path().pathParameters().get("alias")));
            AliasMove move = move(ref, Bodies.jsonText(req, maxBody));
            boolean served = ref.alias().equals(Alias.PRODUCTION) || ref.alias().equals(Alias.SHADOW);
            AliasEvent event = served
                    ? serving.service().deployments().promote(move)
                    : serving.registry().moveAlias(move);
            Json.send(res, RegistryJson.event(event));
        }));
        Methods.refuseOthers(routing, "/v1/years", Method.GET);
        Methods.refuseOthers(routing, "/v1/models", Method.GET);
        Methods.refuseOthers(routing, "/v1/models/{year}", Method.GET);
        Methods.refuseOthers(routing, "/v1/models/{year}/aliases/{alias}", Method.POST);
    }

    private static Map<String, Object> year(ServedYear y) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", y.year().value());
        out.put(
                "model",
                PredictionJson.model(y.model().model(), y.model().alias().value()));
        out.put("syntheticImagery", y.syntheticImagery());
        out.put("syntheticModel", y.model().synthetic());
        out.put(
                "seasons",
                y.seasons().stream()
                        .map(s -> Map.of(
                                "name",
                                s.name(),
                                "start",
                                s.start().toString(),
                                "end",
                                s.end().toString()))
                        .toList());
        out.put("coverage", GeoJsonGeometries.of(y.coverage()));
        return out;
    }

    private static List<Object> all(ModelRegistry registry) {
        List<Object> models = new ArrayList<>();
        for (Year year : registry.years(ModelName.DEFAULT)) {
            Map<Alias, ModelVersion> aliases = registry.aliases(ModelName.DEFAULT, year);
            for (ModelVersionRecord v : registry.versions(ModelName.DEFAULT, year)) {
                models.add(RegistryJson.version(v, aliases));
            }
        }
        return models;
    }

    private static Map<String, Object> yearModels(ModelRegistry registry, Year year) {
        List<ModelVersionRecord> versions = registry.versions(ModelName.DEFAULT, year);
        if (versions.isEmpty()) {
            throw ModelNotFoundException.ofYear(ModelName.DEFAULT, year);
        }
        Map<Alias, ModelVersion> aliases = registry.aliases(ModelName.DEFAULT, year);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", year.value());
        Map<String, Object> pointers = new LinkedHashMap<>();
        aliases.forEach((a, v) -> pointers.put(a.value(), v.value()));
        out.put("aliases", pointers);
        out.put(
                "models",
                versions.stream().map(v -> RegistryJson.version(v, aliases)).toList());
        out.put(
                "history",
                registry.history(ModelName.DEFAULT, year).stream()
                        .map(RegistryJson::event)
                        .toList());
        return out;
    }

    private static AliasMove move(AliasRef ref, String body) {
        Object tree;
        try {
            tree = JsonReader.parse(body);
        } catch (MalformedJsonException e) {
            throw RequestProblemException.malformed("the body is not JSON: " + e.getMessage());
        }
        if (!(tree instanceof Map<?, ?> m) || !(m.get("version") instanceof Number n)) {
            throw new InvalidValueException("version", "give {\"version\": N, \"reason\": \"…\"}");
        }
        String reason = m.get("reason") instanceof String s && !s.isBlank() ? s : "moved through the REST API";
        return new AliasMove(ref, new ModelVersion(n.intValue()), "admin", reason);
    }
}
