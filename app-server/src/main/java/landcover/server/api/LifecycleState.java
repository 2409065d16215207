package landcover.server.api;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lifecycle once it runs: it starts after the prediction flow (it needs the registry, the
 * imagery and the deployments), so routes ask here and answer 503 until then. Thread-safe.
 */
public final class LifecycleState {
    private final AtomicReference<LifecycleServices> running = new AtomicReference<>();
    private volatile String reason = "the model lifecycle is starting";

    /** Publishes the running lifecycle. */
    public void started(LifecycleServices services) {
        running.set(services);
    }

    /** Records why it could not start. */
    public void failed(String why) {
        reason = "the model lifecycle could not start: " + why;
    }

    /** The running lifecycle, if started. */
    public Optional<LifecycleServices> current() {
        return Optional.ofNullable(running.get());
    }

    /**
     * The running lifecycle.
     *
     * @throws LifecycleNotReadyException until it runs
     */
    public LifecycleServices require() {
        LifecycleServices s = running.get();
        if (s == null) {
            throw new LifecycleNotReadyException(reason);
        }
        return s;
    }
}
