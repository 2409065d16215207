package landcover.server.grpc;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Locale;
import java.util.UUID;
import landcover.domain.DomainException;
import landcover.domain.aoi.AoiTooLargeException;
import landcover.domain.aoi.InvalidAoiException;
import landcover.mlops.OverloadedException;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.serving.YearNotServedException;
import landcover.server.api.ServingNotReadyException;

/**
 * Maps exceptions to gRPC statuses, as the REST problem table maps them to problem+json: the
 * description is the same sentence, and trailing metadata carries the same problem type and
 * members ({@code landcover-problem-type}, {@code landcover-pointer}, {@code landcover-location}
 * as "lon,lat", {@code landcover-field}, {@code retry-after}). Unmapped exceptions become INTERNAL
 * with an error id and are logged; their messages never leave the server.
 */
final class GrpcProblems {
    static final Metadata.Key<String> TYPE = key("landcover-problem-type");
    static final Metadata.Key<String> POINTER = key("landcover-pointer");
    static final Metadata.Key<String> LOCATION = key("landcover-location");
    static final Metadata.Key<String> FIELD = key("landcover-field");
    static final Metadata.Key<String> RETRY_AFTER = key("retry-after");

    private static final System.Logger LOG = System.getLogger(GrpcProblems.class.getName());
    private static final String URN = "urn:landcover:problem:";

    private GrpcProblems() {}

    private static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }

    static StatusRuntimeException toStatus(Throwable e, String method) {
        Metadata trailers = new Metadata();
        Status status = switch (e) {
            case InvalidAoiException aoi -> invalidAoi(aoi, trailers);
            case AoiTooLargeException large -> typed(Status.INVALID_ARGUMENT, "aoi-too-large", large, trailers);
            case DomainException domain -> {
                trailers.put(FIELD, domain.field());
                yield typed(Status.INVALID_ARGUMENT, "invalid-value", domain, trailers);
            }
            case YearNotServedException year -> typed(Status.NOT_FOUND, "year-not-served", year, trailers);
            case ModelNotFoundException model -> typed(Status.NOT_FOUND, "model-not-found", model, trailers);
            case ServingNotReadyException notReady -> {
                trailers.put(RETRY_AFTER, "5");
                yield typed(Status.UNAVAILABLE, "not-ready", notReady, trailers);
            }
            case OverloadedException overloaded -> {
                trailers.put(RETRY_AFTER, Long.toString(overloaded.retryAfter().toSeconds()));
                yield typed(Status.RESOURCE_EXHAUSTED, "overloaded", overloaded, trailers);
            }
            default -> internal(e, method, trailers);
        };
        return status.asRuntimeException(trailers);
    }

    private static Status invalidAoi(InvalidAoiException e, Metadata trailers) {
        trailers.put(POINTER, e.pointer());
        e.location().ifPresent(p -> trailers.put(LOCATION, String.format(Locale.ROOT, "%s,%s", p.lon(), p.lat())));
        boolean malformed = e.problem() == InvalidAoiException.Problem.MALFORMED_JSON;
        return typed(Status.INVALID_ARGUMENT, malformed ? "malformed-json" : "invalid-aoi", e, trailers);
    }

    private static Status typed(Status status, String type, Throwable e, Metadata trailers) {
        trailers.put(TYPE, URN + type);
        return status.withDescription(e.getMessage());
    }

    private static Status internal(Throwable e, String method, Metadata trailers) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "internal error " + errorId + " in gRPC " + method, e);
        trailers.put(TYPE, URN + "internal");
        return Status.INTERNAL.withDescription(
                "the server failed to answer; quote error id " + errorId + " when reporting it");
    }
}
