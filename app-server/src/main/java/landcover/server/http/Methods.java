package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.util.Arrays;
import java.util.List;

/** Answers 405 with an {@code Allow} header for methods a path does not serve (Helidon alone says 404). */
final class Methods {
    private Methods() {}

    /**
     * Registers, after the path's real routes, a catch-all that refuses every other method.
     *
     * @param allowed the methods the path serves
     */
    static void refuseOthers(HttpRouting.Builder routing, String path, Method... allowed) {
        List<String> names = Arrays.stream(allowed).map(Method::text).toList();
        routing.any(path, (req, res) -> {
            throw RequestProblemException.methodNotAllowed(
                    req.prologue().method().text(), req.path().rawPath(), names);
        });
    }
}
