package landcover.mlops.pipeline.truth;

import java.util.Objects;

/**
 * An item of a new batch at (about) the location of an item already stored, or of another item
 * of the same batch: within one 10 m pixel for points, or a point inside a stored polygon. Such
 * items label the same pixels twice; with different classes they contradict each other.
 *
 * @param item the new item (e.g. {@code features[12]})
 * @param otherBatch the batch holding the other item (this batch's own id for a repeat inside it)
 * @param otherItem the other item
 * @param classCode the new item's class
 * @param otherClassCode the other item's class
 * @param distanceM distance between the two points, metres (0 for a point inside a polygon)
 */
public record DuplicateLocation(
        String item, String otherBatch, String otherItem, int classCode, int otherClassCode, double distanceM) {
    public DuplicateLocation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(otherBatch, "otherBatch");
        Objects.requireNonNull(otherItem, "otherItem");
    }

    /** True when the two items give the location different classes. */
    public boolean isConflict() {
        return classCode != otherClassCode;
    }
}
