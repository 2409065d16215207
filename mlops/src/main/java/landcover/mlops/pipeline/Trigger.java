package landcover.mlops.pipeline;

import java.util.Objects;
import landcover.domain.InvalidValueException;

/**
 * Why a run was asked for.
 *
 * @param kind manual, alert, new data or schedule
 * @param detail what exactly: the alert name and fingerprint, the volume reached, the schedule,
 *     the person's reason; at most 4000 characters
 * @param requestedBy who asked: a person (manual) or the component ({@code alertmanager}, …)
 */
public record Trigger(TriggerKind kind, String detail, String requestedBy) {
    public Trigger {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail.strip();
        if (detail.length() > 4000) {
            detail = detail.substring(0, 3997) + "...";
        }
        if (requestedBy == null || requestedBy.isBlank() || requestedBy.length() > 200) {
            throw new InvalidValueException("requestedBy", "name who asks, 1-200 characters");
        }
    }

    /** A person asking. */
    public static Trigger manual(String person, String reason) {
        return new Trigger(TriggerKind.MANUAL, reason, person);
    }
}
