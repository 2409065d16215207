package landcover.server.http;

import io.helidon.http.Status;
import java.util.List;
import java.util.Objects;

/**
 * A request the edge itself refuses before any lower module sees it: a body over the size limit,
 * an unsupported media type, a method the route does not serve, a JSON body of the wrong shape.
 * Carries the HTTP answer; the message is fit to show the caller.
 */
final class RequestProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request is refused. */
    enum Kind {
        BODY_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE_413, "body-too-large", "Request body too large"),
        UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-media-type", "Unsupported media type"),
        METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED_405, "", ""),
        MALFORMED_REQUEST(Status.BAD_REQUEST_400, "malformed-request", "Malformed request");

        final Status status;
        final String type;
        final String title;

        Kind(Status status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final Kind kind;
    private final transient Object limit;
    private final transient List<String> allowed;

    private RequestProblemException(Kind kind, String message, Object limit, List<String> allowed) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.limit = limit;
        this.allowed = List.copyOf(allowed);
    }

    static RequestProblemException bodyTooLarge(long limitBytes) {
        return new RequestProblemException(
                Kind.BODY_TOO_LARGE,
                "the request body is larger than the limit of " + limitBytes + " bytes",
                limitBytes,
                List.of());
    }

    static RequestProblemException unsupportedMediaType(String given, List<String> accepted) {
        return new RequestProblemException(
                Kind.UNSUPPORTED_MEDIA_TYPE,
                "content type '" + given + "' is not accepted here; send one of " + String.join(", ", accepted),
                null,
                accepted);
    }

    static RequestProblemException methodNotAllowed(String method, String path, List<String> allowed) {
        return new RequestProblemException(
                Kind.METHOD_NOT_ALLOWED,
                method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed),
                null,
                allowed);
    }

    static RequestProblemException malformed(String message) {
        return new RequestProblemException(Kind.MALFORMED_REQUEST, message, null, List.of());
    }

    Kind kind() {
        return kind;
    }

    /** The limit exceeded, or null. */
    Object limit() {
        return limit;
    }

    /** The methods or media types that are accepted. */
    List<String> allowed() {
        return allowed;
    }
}
