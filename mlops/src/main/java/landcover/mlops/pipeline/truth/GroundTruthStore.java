package landcover.mlops.pipeline.truth;

import java.util.List;
import java.util.Optional;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.mlops.train.data.LabelledGeometry;

/**
 * Validated ground truth per year, as immutable, content-hashed batches: every item's class must
 * belong to the class scheme and its geometry must lie inside the year's imagery; a batch whose
 * bytes were already stored for the year is that batch (adding it again changes nothing); items at
 * locations already labelled are reported with the batch. Records which model versions were
 * trained on which batch. Thread-safe.
 */
public interface GroundTruthStore {
    /**
     * Validates and stores a batch (or finds the identical one already stored).
     *
     * @throws InvalidGroundTruthException when the batch is unreadable or any item is unacceptable
     *     (nothing is stored)
     */
    IntakeResult add(GroundTruthUpload upload);

    /** The batches of a year, oldest first. */
    List<GroundTruthBatch> list(Year year);

    /** A batch by id. */
    Optional<GroundTruthBatch> find(String batchId);

    /**
     * The items of a stored batch, as validated.
     *
     * @throws landcover.mlops.MlopsException when no such batch is stored
     */
    List<LabelledGeometry> labels(String batchId);

    /** Records that {@code model} was trained on these batches (idempotent). */
    void markUsed(List<String> batchIds, ModelId model, String runId);

    /** The batches of a year no registered model has been trained on yet, oldest first. */
    default List<GroundTruthBatch> unused(Year year) {
        return list(year).stream().filter(GroundTruthBatch::isUnused).toList();
    }
}
