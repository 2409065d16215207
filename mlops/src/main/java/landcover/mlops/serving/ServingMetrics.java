package landcover.mlops.serving;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import landcover.domain.ModelId;

/**
 * Where serving reports what it does, for Prometheus or any other sink. Serving calls it once per
 * year prediction (never inside the pixel loop), once per model load, and once at start to hand over
 * a live view of its replicas for queue-depth gauges. Implementations must be thread-safe and quick;
 * {@link #NONE} records nothing.
 */
public interface ServingMetrics {
    /** Records nothing. */
    ServingMetrics NONE = new ServingMetrics() {
        @Override
        public void predicted(PredictionEvent event) {}

        @Override
        public void modelLoaded(ModelId model, Duration loadTime) {}

        @Override
        public void watchReplicas(Supplier<List<ReplicaStatus>> replicas) {}
    };

    /** One year of one request ended, however it ended. */
    void predicted(PredictionEvent event);

    /** A model version was read, verified and decoded for serving (cache hits are not reported). */
    void modelLoaded(ModelId model, Duration loadTime);

    /**
     * Called once when serving starts: {@code replicas} returns every replica's state at the moment it
     * is called (queue depth, busy, served), for gauges read at scrape time.
     */
    void watchReplicas(Supplier<List<ReplicaStatus>> replicas);
}
