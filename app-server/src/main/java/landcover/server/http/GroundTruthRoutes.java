package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.Year;
import landcover.mlops.pipeline.truth.BatchFormat;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.pipeline.truth.GroundTruthUpload;
import landcover.mlops.pipeline.truth.IntakeResult;
import landcover.server.api.LifecycleServices;
import landcover.server.api.LifecycleState;

/**
 * Ground truth per year. {@code POST /v1/years/{year}/ground-truth} (admin): the body is GeoJSON
 * ({@code application/geo+json} or {@code application/json}; points or polygons with a class
 * property) or CSV ({@code text/csv}; {@code lon,lat,class}); {@code ?label=} names the class
 * property or column (default {@code class}), {@code ?source=} where it comes from, {@code ?by=} who
 * adds it. Answers 201 with the stored batch (classes counted, duplicate locations listed), or 200
 * with the existing batch when the same bytes were already stored; 422 names each refused item. A
 * stored batch may start a retraining run ({@code newDataTrigger}). {@code GET
 * /v1/years/{year}/ground-truth}: the year's batches, with per-class counts and the model versions
 * trained on each.
 */
public final class GroundTruthRoutes {
    static final List<String> TYPES = List.of("application/geo+json", "application/json", "text/csv");

    private GroundTruthRoutes() {}

    /** Registers the endpoints. */
    public static void routing(HttpRouting.Builder routing, LifecycleState state, AccessGuard access, long maxBody) {
        String path = "/v1/years/{year}/ground-truth";
        routing.post(path, access.admin((req, res) -> {
            LifecycleServices s = state.require();
            Year year = Year.parse(req.path().pathParameters().get("year"));
            String body = Bodies.text(req, maxBody, TYPES);
            IntakeResult result = s.lifecycle()
                    .groundTruth()
                    .add(new GroundTruthUpload(
                            year,
                            body,
                            format(req, body),
                            req.query().contains("label") ? req.query().get("label") : null,
                            req.query().contains("source") ? req.query().get("source") : null,
                            req.query().contains("by") ? req.query().get("by") : "admin"));
            Map<String, Object> out = new LinkedHashMap<>(LifecycleJson.intake(result));
            if (result.created()) {
                out.put(
                        "newDataTrigger",
                        s.lifecycle()
                                .triggers()
                                .onNewData(year)
                                .map(LifecycleJson::trigger)
                                .orElse(null));
            }
            res.status(result.created() ? Status.CREATED_201 : Status.OK_200);
            Json.send(res, out);
        }));
        routing.get(path, (req, res) -> {
            Year year = Year.parse(req.path().pathParameters().get("year"));
            List<GroundTruthBatch> batches =
                    state.require().lifecycle().groundTruth().list(year);
            Json.send(
                    res,
                    Map.of(
                            "year",
                            year.value(),
                            "batches",
                            batches.stream().map(LifecycleJson::batch).toList()));
        });
        Methods.refuseOthers(routing, path, Method.GET, Method.POST);
    }

    private static BatchFormat format(ServerRequest req, String body) {
        return req.headers()
                .contentType()
                .map(t -> "text/csv".equals(t.mediaType().text()) ? BatchFormat.CSV : BatchFormat.GEOJSON)
                .orElseGet(() -> BatchFormat.sniff(body));
    }
}
