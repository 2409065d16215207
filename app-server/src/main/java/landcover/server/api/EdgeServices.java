package landcover.server.api;

import java.util.Objects;
import landcover.domain.ClassScheme;
import landcover.mlops.monitoring.LandcoverMetrics;
import landcover.mlops.monitoring.ReadinessGate;
import landcover.server.config.ServerSettings;
import landcover.server.security.Authenticator;

/**
 * What the REST and gRPC edges call, built once by the server's wiring and handed to every
 * {@code XxxRoutes.routing(…)} and gRPC service. The prediction flow adds its services here.
 *
 * @param settings the validated settings (the admin settings endpoint shows them, secrets left out)
 * @param classes the class scheme served
 * @param aois AOI validation
 * @param readiness whether the server may take traffic
 * @param metrics the metrics holder
 * @param authenticator who may call what
 * @param serving the prediction flow, once it runs
 * @param lifecycle ground truth, retraining, shadow models and alerts, once they run
 */
public record EdgeServices(
        ServerSettings settings,
        ClassScheme classes,
        AoiValidation aois,
        ReadinessGate readiness,
        LandcoverMetrics metrics,
        Authenticator authenticator,
        ServingState serving,
        LifecycleState lifecycle) {
    public EdgeServices {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(aois, "aois");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(serving, "serving");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * Services without the prediction flow or the lifecycle (edges tested alone): their routes answer
     * 503.
     */
    public EdgeServices(
            ServerSettings settings,
            ClassScheme classes,
            AoiValidation aois,
            ReadinessGate readiness,
            LandcoverMetrics metrics,
            Authenticator authenticator) {
        this(settings, classes, aois, readiness, metrics, authenticator, ServingState.notWired(), new LifecycleState());
    }
}
