package landcover.mlops.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the process may take traffic: ready when every registered {@link Condition} is met and
 * shutdown has not begun. Components that need time before they can serve (loading the production
 * models, say) register a condition at wiring time and mark it met when they are done; the HTTP
 * readiness probe and the gRPC health service read the gate. Thread-safe.
 *
 * <p>With no conditions registered the gate is ready (until shutdown begins).
 */
public final class ReadinessGate {
    private final List<Condition> conditions = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean shuttingDown;
    private volatile boolean lastReported = true;

    /**
     * Registers a condition, initially not met.
     *
     * @param name a short stable name shown in readiness reports, e.g. {@code production-models}
     * @param pendingDetail why the process is not ready while the condition is unmet
     * @return the handle the component uses to mark it met or unmet
     */
    public Condition require(String name, String pendingDetail) {
        Condition condition = new Condition(this, name, pendingDetail);
        conditions.add(condition);
        changed();
        return condition;
    }

    /** True when every condition is met and shutdown has not begun. */
    public boolean isReady() {
        if (shuttingDown) {
            return false;
        }
        for (Condition condition : conditions) {
            if (!condition.isMet()) {
                return false;
            }
        }
        return true;
    }

    /** Each condition's state, in registration order, plus a {@code shutdown} entry once begun. */
    public List<ConditionState> report() {
        List<ConditionState> states = new ArrayList<>();
        for (Condition condition : conditions) {
            states.add(condition.state());
        }
        if (shuttingDown) {
            states.add(new ConditionState("shutdown", false, "the server is shutting down"));
        }
        return List.copyOf(states);
    }

    /** Makes the gate not ready for good: the process is draining and must get no new traffic. */
    public void beginShutdown() {
        shuttingDown = true;
        changed();
    }

    /**
     * Calls {@code listener} with the new readiness whenever it changes, and once now with the
     * current readiness. Listeners run on the thread that caused the change and must be quick.
     */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        listener.accept(isReady());
    }

    private synchronized void changed() {
        boolean ready = isReady();
        if (ready != lastReported) {
            lastReported = ready;
            listeners.forEach(listener -> listener.accept(ready));
        }
    }

    /**
     * A condition's state at one moment.
     *
     * @param name the condition's name
     * @param met whether it is met
     * @param detail why it is not met, or empty when it is
     */
    public record ConditionState(String name, boolean met, String detail) {
        public ConditionState {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** One thing the process waits for before it is ready. Thread-safe. */
    public static final class Condition {
        private final ReadinessGate gate;
        private final String name;
        private volatile String detail;
        private volatile boolean met;

        private Condition(ReadinessGate gate, String name, String pendingDetail) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a readiness condition needs a name");
            }
            this.gate = gate;
            this.name = name;
            this.detail = Objects.requireNonNull(pendingDetail, "pendingDetail");
        }

        /** Marks the condition met. */
        public void markMet() {
            met = true;
            detail = "";
            gate.changed();
        }

        /** Marks the condition unmet again, e.g. while a model is being reloaded. */
        public void markUnmet(String reason) {
            detail = Objects.requireNonNull(reason, "reason");
            met = false;
            gate.changed();
        }

        /** Whether the condition is met now. */
        public boolean isMet() {
            return met;
        }

        /** The condition's name. */
        public String name() {
            return name;
        }

        ConditionState state() {
            return new ConditionState(name, met, met ? "" : detail);
        }
    }
}
