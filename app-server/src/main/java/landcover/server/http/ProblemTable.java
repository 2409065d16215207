package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import landcover.domain.DomainException;
import landcover.domain.aoi.AoiTooLargeException;
import landcover.domain.aoi.InvalidAoiException;
import landcover.mlops.MlopsException;
import landcover.mlops.OverloadedException;
import landcover.mlops.monitoring.alerts.InvalidAlertPayloadException;
import landcover.mlops.pipeline.RunInProgressException;
import landcover.mlops.pipeline.RunNotFoundException;
import landcover.mlops.pipeline.truth.InvalidGroundTruthException;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.registry.RegistryConflictException;
import landcover.mlops.serving.NoModelForYearException;
import landcover.mlops.serving.YearNotServedException;
import landcover.server.api.LifecycleNotReadyException;
import landcover.server.api.ServingNotReadyException;
import landcover.server.security.AuthenticationException;
import landcover.server.security.ForbiddenException;

/**
 * The one table mapping exceptions to RFC 9457 problem+json answers. Helidon picks the handler of
 * the closest superclass, so a subtype gets its own row only when it needs another answer.
 *
 * <table>
 *   <caption>Exception to problem</caption>
 *   <tr><th>exception</th><th>status</th><th>type</th><th>extension members</th></tr>
 *   <tr><td>InvalidAoiException (malformed JSON)</td><td>400</td><td>malformed-json</td><td>pointer, problem</td></tr>
 *   <tr><td>InvalidAoiException</td><td>422</td><td>invalid-aoi</td><td>pointer, problem, location</td></tr>
 *   <tr><td>AoiTooLargeException</td><td>413</td><td>aoi-too-large</td><td>areaM2, limit (m²)</td></tr>
 *   <tr><td>DomainException (InvalidValueException, …)</td><td>422</td><td>invalid-value</td><td>field</td></tr>
 *   <tr><td>RequestProblemException</td><td>400/405/413/415</td><td>malformed-request, body-too-large, …</td>
 *       <td>limit; Allow header for 405</td></tr>
 *   <tr><td>AuthenticationException</td><td>401</td><td>unauthorized</td><td>WWW-Authenticate header</td></tr>
 *   <tr><td>ForbiddenException</td><td>403</td><td>forbidden</td><td></td></tr>
 *   <tr><td>OverloadedException</td><td>429</td><td>overloaded</td><td>resource; Retry-After header</td></tr>
 *   <tr><td>ModelNotFoundException</td><td>404</td><td>model-not-found</td><td>year</td></tr>
 *   <tr><td>YearNotServedException (no production model, no imagery)</td><td>404</td><td>year-not-served</td>
 *       <td>year, missing (model or imagery)</td></tr>
 *   <tr><td>ServingNotReadyException</td><td>503</td><td>not-ready</td><td>Retry-After header</td></tr>
 *   <tr><td>RegistryConflictException</td><td>409</td><td>registry-conflict</td><td>subject</td></tr>
 *   <tr><td>InvalidGroundTruthException</td><td>400 malformed / 422</td><td>malformed-ground-truth,
 *       invalid-ground-truth</td><td>field, problems</td></tr>
 *   <tr><td>InvalidAlertPayloadException</td><td>400</td><td>invalid-alert-payload</td><td>pointer</td></tr>
 *   <tr><td>RunInProgressException</td><td>409</td><td>run-in-progress</td><td>year, activeRun</td></tr>
 *   <tr><td>RunNotFoundException</td><td>404</td><td>run-not-found</td><td>run</td></tr>
 *   <tr><td>LifecycleNotReadyException</td><td>503</td><td>lifecycle-not-ready</td><td>Retry-After header</td></tr>
 *   <tr><td>NotFoundException (no route)</td><td>404</td><td>about:blank</td><td></td></tr>
 *   <tr><td>other HttpException</td><td>its status</td><td>about:blank</td><td></td></tr>
 *   <tr><td>anything else (MlopsException included)</td><td>500</td><td>internal</td><td>errorId; logged with the stack trace</td></tr>
 * </table>
 *
 * <p>Subtypes of {@link MlopsException} that are the caller's fault (a year without a model, an
 * alias move that conflicts) have their own rows; the base type stays a 500 because it also stands
 * for failures the caller cannot fix (storage errors, corrupt artifacts).
 */
final class ProblemTable {
    private static final System.Logger LOG = System.getLogger(ProblemTable.class.getName());

    private ProblemTable() {}

    /** Registers every error handler on {@code routing}. */
    static void register(HttpRouting.Builder routing) {
        routing.error(InvalidAoiException.class, (req, res, e) -> invalidAoi(e).send(req, res))
                .error(AoiTooLargeException.class, (req, res, e) -> tooLarge(e).send(req, res))
                .error(DomainException.class, (req, res, e) -> invalidValue(e).send(req, res))
                .error(RequestProblemException.class, ProblemTable::requestProblem)
                .error(AuthenticationException.class, ProblemTable::unauthorized)
                .error(ForbiddenException.class, (req, res, e) -> forbidden(e).send(req, res))
                .error(OverloadedException.class, ProblemTable::overloaded)
                .error(
                        ModelNotFoundException.class,
                        (req, res, e) -> modelNotFound(e).send(req, res))
                .error(
                        YearNotServedException.class,
                        (req, res, e) -> yearNotServed(e).send(req, res))
                .error(ServingNotReadyException.class, ProblemTable::notReady)
                .error(
                        RegistryConflictException.class,
                        (req, res, e) -> conflict(e).send(req, res))
                .error(
                        InvalidGroundTruthException.class,
                        (req, res, e) -> groundTruth(e).send(req, res))
                .error(
                        InvalidAlertPayloadException.class,
                        (req, res, e) -> alertPayload(e).send(req, res))
                .error(
                        RunInProgressException.class,
                        (req, res, e) -> runInProgress(e).send(req, res))
                .error(
                        RunNotFoundException.class,
                        (req, res, e) -> Problem.of(
                                        "run-not-found", "Run not found", Status.NOT_FOUND_404, e.getMessage())
                                .with("run", e.runId())
                                .send(req, res))
                .error(LifecycleNotReadyException.class, ProblemTable::lifecycleNotReady)
                .error(NotFoundException.class, (req, res, e) -> notFound(req).send(req, res))
                .error(HttpException.class, (req, res, e) -> httpError(e).send(req, res))
                .error(MlopsException.class, ProblemTable::internal)
                .error(Throwable.class, ProblemTable::internal);
    }

    static Problem invalidAoi(InvalidAoiException e) {
        boolean malformed = e.problem() == InvalidAoiException.Problem.MALFORMED_JSON;
        Problem base = malformed
                ? Problem.of("malformed-json", "Malformed JSON", Status.BAD_REQUEST_400, e.getMessage())
                : Problem.of(
                        "invalid-aoi", "Invalid area of interest", Status.UNPROCESSABLE_CONTENT_422, e.getMessage());
        Problem problem = base.with("pointer", e.pointer())
                .with("problem", e.problem().name().toLowerCase(Locale.ROOT));
        return e.location()
                .map(p -> problem.with("location", List.of(p.lon(), p.lat())))
                .orElse(problem);
    }

    static Problem tooLarge(AoiTooLargeException e) {
        return Problem.of(
                        "aoi-too-large",
                        "Area of interest too large",
                        Status.REQUEST_ENTITY_TOO_LARGE_413,
                        e.getMessage())
                .with("areaM2", e.areaM2())
                .with("limit", e.maxAreaM2());
    }

    static Problem invalidValue(DomainException e) {
        return Problem.of("invalid-value", "Invalid value", Status.UNPROCESSABLE_CONTENT_422, e.getMessage())
                .with("field", e.field());
    }

    static Problem modelNotFound(ModelNotFoundException e) {
        return Problem.of("model-not-found", "Model not found", Status.NOT_FOUND_404, e.getMessage())
                .with("year", e.year().value());
    }

    static Problem yearNotServed(YearNotServedException e) {
        return Problem.of("year-not-served", "Year not served", Status.NOT_FOUND_404, e.getMessage())
                .with("year", e.year().value())
                .with("missing", e instanceof NoModelForYearException ? "model" : "imagery");
    }

    private static void notReady(ServerRequest req, ServerResponse res, ServingNotReadyException e) {
        res.header(HeaderNames.RETRY_AFTER, "5");
        Problem.of("not-ready", "Service unavailable", Status.SERVICE_UNAVAILABLE_503, e.getMessage())
                .send(req, res);
    }

    static Problem conflict(RegistryConflictException e) {
        return Problem.of("registry-conflict", "Registry conflict", Status.CONFLICT_409, e.getMessage())
                .with("subject", e.subject());
    }

    static Problem groundTruth(InvalidGroundTruthException e) {
        Problem p = e.isMalformed()
                ? Problem.of("malformed-ground-truth", "Malformed ground truth", Status.BAD_REQUEST_400, e.getMessage())
                : Problem.of(
                        "invalid-ground-truth",
                        "Invalid ground truth",
                        Status.UNPROCESSABLE_CONTENT_422,
                        e.getMessage());
        return p.with("field", e.field()).with("problems", e.problems());
    }

    static Problem alertPayload(InvalidAlertPayloadException e) {
        return Problem.of(
                        "invalid-alert-payload", "Invalid Alertmanager payload", Status.BAD_REQUEST_400, e.getMessage())
                .with("pointer", e.field());
    }

    static Problem runInProgress(RunInProgressException e) {
        return Problem.of("run-in-progress", "Retraining in progress", Status.CONFLICT_409, e.getMessage())
                .with("year", e.year().value())
                .with("activeRun", e.activeRun());
    }

    private static void lifecycleNotReady(ServerRequest req, ServerResponse res, LifecycleNotReadyException e) {
        res.header(HeaderNames.RETRY_AFTER, "5");
        Problem.of("lifecycle-not-ready", "Not ready", Status.SERVICE_UNAVAILABLE_503, e.getMessage())
                .send(req, res);
    }

    static Problem forbidden(ForbiddenException e) {
        return Problem.of("forbidden", "Forbidden", Status.FORBIDDEN_403, e.getMessage());
    }

    static Problem notFound(ServerRequest req) {
        return Problem.http(Status.NOT_FOUND_404, "no resource at " + req.path().rawPath());
    }

    static Problem httpError(HttpException e) {
        Status status = e.status();
        String detail = status.code() < 500 ? "the request cannot be served: " + status.reasonPhrase() : "";
        return Problem.http(status, detail);
    }

    private static void requestProblem(ServerRequest req, ServerResponse res, RequestProblemException e) {
        RequestProblemException.Kind kind = e.kind();
        Problem problem = kind == RequestProblemException.Kind.METHOD_NOT_ALLOWED
                ? Problem.http(kind.status, e.getMessage())
                : Problem.of(kind.type, kind.title, kind.status, e.getMessage());
        if (e.limit() != null) {
            problem = problem.with("limit", e.limit());
        }
        if (kind == RequestProblemException.Kind.METHOD_NOT_ALLOWED) {
            res.header(HeaderNames.ALLOW, String.join(", ", e.allowed()));
        }
        problem.send(req, res);
    }

    private static void unauthorized(ServerRequest req, ServerResponse res, AuthenticationException e) {
        String challenge = e.credentialsPresented()
                ? "Bearer realm=\"landcover\", error=\"invalid_token\""
                : "Bearer realm=\"landcover\"";
        res.header(HeaderNames.WWW_AUTHENTICATE, challenge);
        Problem.of("unauthorized", "Unauthorized", Status.UNAUTHORIZED_401, e.getMessage())
                .send(req, res);
    }

    private static void overloaded(ServerRequest req, ServerResponse res, OverloadedException e) {
        res.header(HeaderNames.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        Problem.of("overloaded", "Too many requests", Status.TOO_MANY_REQUESTS_429, e.getMessage())
                .with("resource", e.resource())
                .send(req, res);
    }

    private static void internal(ServerRequest req, ServerResponse res, Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "internal error " + errorId + " on " + req.prologue(), e);
        Problem.of(
                        "internal",
                        "Internal server error",
                        Status.INTERNAL_SERVER_ERROR_500,
                        "the server failed to answer; quote error id " + errorId + " when reporting it")
                .with("errorId", errorId)
                .send(req, res);
    }
}
