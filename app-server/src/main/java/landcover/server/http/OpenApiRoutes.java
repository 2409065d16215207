package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi}: the hand-written OpenAPI 3.1 description of the REST API, as YAML. */
public final class OpenApiRoutes {
    /** Where the document is on the class path. */
    static final String RESOURCE = "/landcover/server/http/openapi.yaml";

    private OpenApiRoutes() {}

    /** Registers the endpoint. */
    public static void routing(HttpRouting.Builder routing) {
        byte[] document = document();
        routing.get(
                "/openapi",
                (req, res) ->
                        res.header(HeaderNames.CONTENT_TYPE, "application/yaml").send(document));
        Methods.refuseOthers(routing, "/openapi", Method.GET);
    }

    static byte[] document() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
