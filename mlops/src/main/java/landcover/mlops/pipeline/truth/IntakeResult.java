package landcover.mlops.pipeline.truth;

import java.util.Objects;

/**
 * What adding a batch did.
 *
 * @param batch the stored batch
 * @param created true when it was stored now; false when the same content was already stored for
 *     the year (the existing batch is returned, nothing changes)
 */
public record IntakeResult(GroundTruthBatch batch, boolean created) {
    public IntakeResult {
        Objects.requireNonNull(batch, "batch");
    }
}
