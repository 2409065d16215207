package landcover.mlops.pipeline.truth;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.mlops.registry.Sha256;

/**
 * A stored, immutable batch of validated ground truth for one year.
 *
 * @param id {@code gt-<year>-<first 12 hex digits of the content hash>}
 * @param year the year the labels describe
 * @param sha256 SHA-256 of the content as received (UTF-8 bytes): the same bytes are the same batch
 * @param format how it is written
 * @param labelField the property or column that held the class
 * @param sourceName where it came from
 * @param addedBy who added it
 * @param addedAt when it was stored
 * @param points labelled points (a MultiPoint counts each member)
 * @param polygons labelled polygons
 * @param classCounts items per class code, ascending by code
 * @param duplicates items at locations already labelled, found when it was added
 * @param usedBy the registered model versions trained on it, oldest first
 */
public record GroundTruthBatch(
        String id,
        Year year,
        Sha256 sha256,
        BatchFormat format,
        String labelField,
        String sourceName,
        String addedBy,
        Instant addedAt,
        int points,
        int polygons,
        Map<Integer, Integer> classCounts,
        List<DuplicateLocation> duplicates,
        List<ModelId> usedBy) {
    public GroundTruthBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(addedAt, "addedAt");
        classCounts = Collections.unmodifiableMap(new TreeMap<>(classCounts));
        duplicates = List.copyOf(duplicates);
        usedBy = List.copyOf(usedBy);
    }

    /** The id of the batch with this content for this year. */
    public static String idOf(Year year, Sha256 sha256) {
        return "gt-" + year.value() + "-" + sha256.shortHex();
    }

    /** Points plus polygons. */
    public int items() {
        return points + polygons;
    }

    /** True when no registered model has been trained on it yet. */
    public boolean isUnused() {
        return usedBy.isEmpty();
    }
}
