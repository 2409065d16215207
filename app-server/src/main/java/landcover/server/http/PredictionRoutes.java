package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.domain.aoi.InvalidAoiException;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import landcover.mlops.serving.PredictionId;
import landcover.mlops.serving.PredictionJob;
import landcover.mlops.serving.PredictionRequest;
import landcover.mlops.serving.PredictionResult;
import landcover.mlops.serving.PredictionService;
import landcover.mlops.serving.RasterKind;
import landcover.mlops.serving.StoredRaster;
import landcover.server.api.AoiValidation;
import landcover.server.api.ServingState;

/**
 * Predictions. {@code POST /v1/predictions} with {@code {"aoi": GeoJSON, "years": [2021, 2023],
 * "probabilities": false}}: 200 with one result per year, or for AOIs above the job threshold 202
 * with {@code Location: /v1/predictions/{id}}. {@code GET /v1/predictions/{id}}: 200 with the result,
 * 202 while a job runs, or the job's error as a problem. {@code GET /v1/predictions/{id}/raster} and
 * {@code /probabilities} ({@code ?year=} when several years were asked for): the Cloud-Optimized
 * GeoTIFF. Client-API routes: in API-key mode they need a key.
 */
public final class PredictionRoutes {
    private static final Set<String> MEMBERS = Set.of("aoi", "years", "probabilities");

    private PredictionRoutes() {}

    /** Registers the endpoints. */
    public static void routing(
            HttpRouting.Builder routing, ServingState serving, AoiValidation aois, AccessGuard access, long maxBody) {
        routing.post("/v1/predictions", access.client((req, res) -> {
            PredictionRequest request = request(Bodies.jsonText(req, maxBody), aois);
            PredictionService service = serving.service();
            if (service.runsAsJob(request)) {
                accepted(res, service.submit(request));
            } else {
                Json.send(res, PredictionJson.result(service.predict(request)));
            }
        }));
        routing.get("/v1/predictions/{id}", access.client((req, res) -> status(res, find(serving, req))));
        routing.get(
                "/v1/predictions/{id}/raster",
                access.client((req, res) -> raster(req, res, serving, RasterKind.CLASSES)));
        routing.get(
                "/v1/predictions/{id}/probabilities",
                access.client((req, res) -> raster(req, res, serving, RasterKind.PROBABILITIES)));
        Methods.refuseOthers(routing, "/v1/predictions", Method.POST);
        Methods.refuseOthers(routing, "/v1/predictions/{id}", Method.GET);
        Methods.refuseOthers(routing, "/v1/predictions/{id}/raster", Method.GET);
        Methods.refuseOthers(routing, "/v1/predictions/{id}/probabilities", Method.GET);
    }

    /** Reads a prediction request; AOI error pointers are made absolute ({@code /aoi/...}). */
    static PredictionRequest request(String body, AoiValidation aois) {
        Object tree;
        try {
            tree = JsonReader.parse(body);
        } catch (MalformedJsonException e) {
            throw new InvalidAoiException(InvalidAoiException.Problem.MALFORMED_JSON, "", e.getMessage(), null);
        }
        if (!(tree instanceof Map<?, ?> members)) {
            throw RequestProblemException.malformed("the body must be a JSON object with members aoi and years");
        }
        for (Object name : members.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new InvalidValueException(String.valueOf(name), "unknown member; expected " + MEMBERS);
            }
        }
        if (members.get("aoi") == null) {
            throw new InvalidValueException("aoi", "missing: give the area of interest as GeoJSON");
        }
        List<Year> years = years(members.get("years"));
        Object probabilities = members.get("probabilities");
        if (probabilities != null && !(probabilities instanceof Boolean)) {
            throw new InvalidValueException("probabilities", "must be true or false");
        }
        try {
            return new PredictionRequest(aois.aoi(members.get("aoi")), years, Boolean.TRUE.equals(probabilities));
        } catch (InvalidAoiException e) {
            throw AoiPointers.under("/aoi", e);
        }
    }

    private static List<Year> years(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidValueException("years", "give a non-empty array of years, e.g. [2021, 2023]");
        }
        List<Year> years = new ArrayList<>();
        for (Object y : list) {
            if (!(y instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new InvalidValueException("years", "'" + y + "' is not a year");
            }
            years.add(new Year(n.intValue()));
        }
        return years;
    }

    private static void accepted(ServerResponse res, PredictionJob job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id().value());
        body.put("status", job.status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("location", PredictionJson.location(job.id()));
        res.status(Status.ACCEPTED_202).header(HeaderNames.LOCATION, PredictionJson.location(job.id()));
        Json.send(res, body);
    }

    private static PredictionJob find(ServingState serving, ServerRequest req) {
        PredictionService service = serving.service(); // 503 before anything else while not serving
        String text = req.path().pathParameters().get("id");
        PredictionId id;
        try {
            id = PredictionId.parse(text);
        } catch (InvalidValueException e) {
            throw new NotFoundException("no prediction " + text);
        }
        return service.find(id).orElseThrow(() -> new NotFoundException("no prediction " + text));
    }

    private static void status(ServerResponse res, PredictionJob job) {
        switch (job.status()) {
            case SUCCEEDED -> Json.send(res, PredictionJson.result(job.result().orElseThrow()));
            case FAILED -> throw job.failure().orElseThrow();
            default -> accepted(res, job);
        }
    }

    private static void raster(ServerRequest req, ServerResponse res, ServingState serving, RasterKind kind)
            throws IOException {
        PredictionJob job = find(serving, req);
        if (job.status() != PredictionJob.Status.SUCCEEDED) {
            status(res, job);
            return;
        }
        Year year = year(req, job.result().orElseThrow());
        StoredRaster raster = serving.service()
                .raster(job.id(), year, kind)
                .orElseThrow(() -> new NotFoundException("no " + kind.fileStem() + " raster for " + year));
        res.header(HeaderNames.CONTENT_TYPE, StoredRaster.MEDIA_TYPE)
                .header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + raster.fileName() + "\"");
        res.contentLength(raster.sizeBytes());
        try (InputStream in = raster.open();
                OutputStream out = res.outputStream()) {
            in.transferTo(out);
        }
    }

    private static Year year(ServerRequest req, PredictionResult result) {
        if (req.query().contains("year")) {
            Year year = Year.parse(req.query().get("year"));
            if (result.year(year).isEmpty()) {
                throw new NotFoundException("prediction " + result.id() + " has no year " + year);
            }
            return year;
        }
        if (result.predictions().size() != 1) {
            throw new InvalidValueException(
                    "year",
                    "this prediction has several years: add ?year= one of "
                            + result.predictions().stream()
                                    .map(p -> p.year().toString())
                                    .toList());
        }
        return result.predictions().getFirst().year();
    }
}
