package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.util.LinkedHashMap;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.domain.LandCoverClass;

/**
 * {@code GET /v1/classes}: the class scheme the server predicts with, {@code
 * {"scheme":"landcoverpy-9","nodata":0,"classes":[{"code":1,"name":"builtUp","color":"#fa0000"},…]}}.
 */
public final class ClassesRoutes {
    private ClassesRoutes() {}

    /** Registers the endpoint. */
    public static void routing(HttpRouting.Builder routing, ClassScheme scheme) {
        byte[] body = Json.bytes(describe(scheme));
        routing.get(
                "/v1/classes",
                (req, res) -> res.header(HeaderNames.CONTENT_TYPE, Json.JSON).send(body));
        Methods.refuseOthers(routing, "/v1/classes", Method.GET);
    }

    static Map<String, Object> describe(ClassScheme scheme) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scheme", scheme.name());
        out.put("nodata", ClassScheme.NODATA_CODE);
        out.put(
                "classes",
                scheme.classes().stream().map(ClassesRoutes::describe).toList());
        return out;
    }

    private static Map<String, Object> describe(LandCoverClass c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", c.code());
        out.put("name", c.name());
        out.put("color", c.color().hex());
        return out;
    }
}
