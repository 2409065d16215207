package landcover.mlops;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Work was refused because a bounded queue is full: the caller should retry later rather than pile
 * up. Edges answer it with HTTP 429 and {@code Retry-After}, or gRPC {@code RESOURCE_EXHAUSTED}.
 */
public final class OverloadedException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int capacity;
    private final transient Duration retryAfter;

    /**
     * @param resource what is full, e.g. {@code aoi-validation} or {@code predictions 2023}
     * @param capacity how many requests it holds (running plus queued)
     * @param retryAfter a hint for when to try again, at least one second
     */
    public OverloadedException(String resource, int capacity, Duration retryAfter) {
        super(String.format(
                Locale.ROOT,
                "%s is at capacity (%d requests running or queued); retry in %d s",
                Objects.requireNonNull(resource, "resource"),
                capacity,
                Math.max(1, retryAfter.toSeconds())));
        this.resource = resource;
        this.capacity = capacity;
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }

    /** What is full. */
    public String resource() {
        return resource;
    }

    /** How many requests it holds, running plus queued. */
    public int capacity() {
        return capacity;
    }

    /** When to try again, at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
