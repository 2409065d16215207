package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.util.LinkedHashMap;
import java.util.Map;
import landcover.server.api.AoiSummary;
import landcover.server.api.AoiValidation;

/**
 * {@code POST /v1/aois/validate}: the body is a GeoJSON AOI (as {@code landcover validate-aoi}
 * reads); the answer is {@code {"valid":true,"areaM2":…,"bbox":[w,s,e,n],"polygons":n}}, or a
 * problem naming what is wrong (422 with pointer and location, 400 for malformed JSON, 413 when too
 * large). A client-API route: in API-key mode it needs a key.
 */
public final class AoiRoutes {
    private AoiRoutes() {}

    /**
     * Registers the endpoint.
     *
     * @param maxBodyBytes the largest body read
     */
    public static void routing(HttpRouting.Builder routing, AoiValidation aois, AccessGuard access, long maxBodyBytes) {
        routing.post("/v1/aois/validate", access.client((req, res) -> {
            AoiSummary summary = aois.validate(Bodies.jsonText(req, maxBodyBytes));
            Json.send(res, describe(summary));
        }));
        Methods.refuseOthers(routing, "/v1/aois/validate", Method.POST);
    }

    static Map<String, Object> describe(AoiSummary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", true);
        out.put("areaM2", Math.round(summary.areaM2() * 1000) / 1000.0);
        out.put("bbox", summary.bbox().toArray());
        out.put("polygons", summary.polygons());
        return out;
    }
}
