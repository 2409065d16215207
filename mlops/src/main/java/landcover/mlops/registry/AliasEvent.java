package landcover.mlops.registry;

import java.time.Instant;
import java.util.Objects;
import landcover.domain.AliasRef;
import landcover.domain.ModelVersion;

/**
 * One entry of the append-only promotion history: an alias moved from one version to another.
 *
 * @param sequence position in the registry-wide history, increasing with time
 * @param alias the alias that moved
 * @param kind a move, a rollback or a clear
 * @param from the version it pointed at before, or null when it was not set
 * @param to the version it points at after, or null when it was cleared
 * @param by who moved it
 * @param reason why
 * @param at when (never earlier than the previous event of the same alias)
 * @param fromMetrics the metrics of {@code from} at the time, or null
 * @param toMetrics the metrics of {@code to}, or null
 */
public record AliasEvent(
        long sequence,
        AliasRef alias,
        Kind kind,
        ModelVersion from,
        ModelVersion to,
        String by,
        String reason,
        Instant at,
        JsonDocument fromMetrics,
        JsonDocument toMetrics) {
    /** What happened to the alias. */
    public enum Kind {
        /** Pointed at a chosen version. */
        MOVE,
        /** Returned to the version it pointed at before the current one. */
        ROLLBACK,
        /** Removed: the alias points nowhere. */
        CLEAR
    }

    public AliasEvent {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
