package landcover.server.grpc;

import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.webserver.grpc.GrpcRouting;
import landcover.mlops.monitoring.ReadinessGate;
import landcover.server.api.EdgeServices;
import landcover.server.grpc.v1.LandCoverServiceGrpc;

/**
 * The gRPC API on one routing: {@code landcover.v1.LandCoverService} and the standard {@code
 * grpc.health.v1.Health} service. Health reports SERVING for the whole server ({@code ""}) and for
 * {@code landcover.v1.LandCoverService} exactly while the readiness gate is ready. Every call is
 * timed into {@code landcover_grpc_request_duration_seconds}.
 */
public final class GrpcApi {
    /** The health service name of our API. */
    public static final String SERVICE_NAME = LandCoverServiceGrpc.SERVICE_NAME;

    private GrpcApi() {}

    /**
     * Registers both services.
     *
     * @param health the health status holder; the server puts it in its terminal state on shutdown
     */
    public static void routing(GrpcRouting.Builder routing, EdgeServices services, HealthStatusManager health) {
        follow(services.readiness(), health);
        routing.intercept(new CallMetricsInterceptor(services.metrics().grpc()))
                .service(new LandCoverGrpcService(services.aois(), services.serving()))
                .service(health.getHealthService());
    }

    private static void follow(ReadinessGate readiness, HealthStatusManager health) {
        readiness.onChange(ready -> {
            ServingStatus status = ready ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
            health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, status);
            health.setStatus(SERVICE_NAME, status);
        });
    }
}
