package landcover.server.api;

import java.util.Objects;

/**
 * The prediction flow is not serving yet (first start still building the sample region and its
 * baselines, or production models still loading) or could not start. Edges answer 503 (gRPC {@code
 * UNAVAILABLE}) with a {@code Retry-After}.
 */
public final class ServingNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason why, e.g. "training the 2022 baseline" */
    public ServingNotReadyException(String reason) {
        super("predictions are not served yet: " + Objects.requireNonNull(reason, "reason"));
    }
}
