package landcover.server.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

/**
 * Problem+json for failures Helidon answers before (or outside) routing: an unparsable request
 * line or header, a body whose declared length is over the listener's limit. Helidon's own message
 * is not passed on: it may describe internals.
 */
final class TransportProblems implements DirectHandler {
    private final long maxBodyBytes;

    private TransportProblems(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Direct handlers answering every event type with problem+json. */
    static DirectHandlers directHandlers(long maxBodyBytes) {
        TransportProblems handler = new TransportProblems(maxBodyBytes);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    @Override
    public TransportResponse handle(
            TransportRequest request,
            EventType eventType,
            Status status,
            ServerResponseHeaders responseHeaders,
            String message) {
        Problem problem = problem(eventType, status);
        byte[] body = Json.bytes(problem.members(request.path()));
        return TransportResponse.builder()
                .status(status)
                .headers(responseHeaders)
                .header(HeaderNames.CONTENT_TYPE, Json.PROBLEM_JSON)
                .keepAlive(eventType.keepAlive())
                .entity(body)
                .build();
    }

    private Problem problem(EventType eventType, Status status) {
        if (eventType == EventType.PAYLOAD_TOO_LARGE || status.code() == 413) {
            return Problem.of(
                            RequestProblemException.Kind.BODY_TOO_LARGE.type,
                            RequestProblemException.Kind.BODY_TOO_LARGE.title,
                            Status.REQUEST_ENTITY_TOO_LARGE_413,
                            "the request body is larger than the limit of " + maxBodyBytes + " bytes")
                    .with("limit", maxBodyBytes);
        }
        if (status.code() >= 500) {
            return Problem.of("internal", "Internal server error", status, "the server failed to answer");
        }
        return Problem.http(status, "the request is not valid HTTP or breaks a protocol limit");
    }
}
