package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, plus extension members ({@code pointer}, {@code field}, {@code location},
 * {@code limit}, …). Our own problem types are URNs ({@code urn:landcover:problem:invalid-aoi});
 * plain HTTP errors use {@code about:blank} with the status phrase as title, as RFC 9457 §4.2.1
 * asks.
 *
 * @param type the problem type URI
 * @param title a short summary that does not change between occurrences
 * @param status the HTTP status
 * @param detail this occurrence, in a sentence fit to show a user; never internal details
 * @param extensions extension members, in order
 */
record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {
    static final String URN = "urn:landcover:problem:";

    Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem of one of our types, {@code urn:landcover:problem:<name>}. */
    static Problem of(String name, String title, Status status, String detail) {
        return new Problem(URN + name, title, status.code(), detail, Map.of());
    }

    /** A plain HTTP problem ({@code about:blank}, titled with the status phrase). */
    static Problem http(Status status, String detail) {
        return new Problem("about:blank", status.reasonPhrase(), status.code(), detail, Map.of());
    }

    /** This problem with one more extension member. */
    Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, more);
    }

    /** The members in RFC 9457 order, {@code instance} being the request path. */
    Map<String, Object> members(String instance) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        members.put("instance", instance);
        members.putAll(extensions);
        return members;
    }

    /** Sends this problem as {@code application/problem+json}. */
    void send(ServerRequest req, ServerResponse res) {
        res.status(Status.create(status))
                .header(HeaderNames.CONTENT_TYPE, Json.PROBLEM_JSON)
                .send(Json.bytes(members(req.path().rawPath())));
    }
}
