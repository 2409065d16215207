package landcover.server.http;

import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import landcover.server.api.EdgeServices;

/**
 * The whole REST API on one routing: the metrics filter, the problem table and every route class.
 * The server and the tests build their routing with this, so both run the same code.
 */
public final class HttpApi {
    private HttpApi() {}

    /** Registers the filter, the error handlers and every route. */
    public static void routing(HttpRouting.Builder routing, EdgeServices services) {
        long maxBody = services.settings().limits().maxBodyBytes();
        AccessGuard access = new AccessGuard(services.authenticator());
        routing.addFilter(new RequestMetricsFilter(services.metrics().http()));
        ProblemTable.register(routing);
        HealthRoutes.routing(routing, services.readiness());
        MetricsRoutes.routing(routing, services.metrics());
        OpenApiRoutes.routing(routing);
        ClassesRoutes.routing(routing, services.classes());
        AoiRoutes.routing(routing, services.aois(), access, maxBody);
        AdminRoutes.routing(routing, services.settings(), access);
        PredictionRoutes.routing(routing, services.serving(), services.aois(), access, maxBody);
        ModelRoutes.routing(routing, services.serving(), access, maxBody);
        GroundTruthRoutes.routing(routing, services.lifecycle(), access, maxBody);
        RunRoutes.routing(routing, services.lifecycle(), access, maxBody);
        ShadowRoutes.routing(routing, services.lifecycle(), access, maxBody);
        AlertRoutes.routing(routing, services.lifecycle(), access, maxBody);
    }

    /** Problem+json answers for errors Helidon handles outside routing (for the listener). */
    public static DirectHandlers directHandlers(long maxBodyBytes) {
        return TransportProblems.directHandlers(maxBodyBytes);
    }
}
