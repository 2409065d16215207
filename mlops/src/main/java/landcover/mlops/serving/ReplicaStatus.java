package landcover.mlops.serving;

import java.util.Objects;
import landcover.domain.Alias;
import landcover.domain.ModelId;

/**
 * One serving replica at one moment, for metrics and status pages.
 *
 * @param model the version it serves
 * @param alias the alias it serves it under
 * @param replica its id, e.g. {@code 2023-production-v3-r1}
 * @param queued requests waiting for it
 * @param busy whether it is working on a request
 * @param served requests it has finished (successfully or not)
 * @param draining whether its pool is draining after a swap (finishes what it holds, takes nothing new)
 */
public record ReplicaStatus(
        ModelId model, Alias alias, String replica, int queued, boolean busy, long served, boolean draining) {
    public ReplicaStatus {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(replica, "replica");
    }
}
