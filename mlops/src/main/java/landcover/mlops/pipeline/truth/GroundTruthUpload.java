package landcover.mlops.pipeline.truth;

import java.util.Objects;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;

/**
 * A ground-truth batch as received, before validation.
 *
 * @param year the year the labels describe (the imagery they are checked against)
 * @param content the batch text: GeoJSON or CSV, UTF-8
 * @param format how it is written
 * @param labelField the GeoJSON property or CSV column holding the class (name or code)
 * @param sourceName where it came from (a file name, a campaign), for the listing
 * @param addedBy who sends it
 */
public record GroundTruthUpload(
        Year year, String content, BatchFormat format, String labelField, String sourceName, String addedBy) {
    /** The label property or column used when none is named. */
    public static final String DEFAULT_LABEL_FIELD = "class";

    public GroundTruthUpload {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        labelField = text(labelField == null ? DEFAULT_LABEL_FIELD : labelField, "label", 100);
        sourceName = text(sourceName == null || sourceName.isBlank() ? "upload" : sourceName, "source", 1000);
        addedBy = text(addedBy, "addedBy", 200);
    }

    /** An upload whose format is told from its content. */
    public static GroundTruthUpload of(
            Year year, String content, String labelField, String sourceName, String addedBy) {
        return new GroundTruthUpload(year, content, BatchFormat.sniff(content), labelField, sourceName, addedBy);
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        if (value.length() > max) {
            throw new InvalidValueException(field, "at most " + max + " characters");
        }
        return value.strip();
    }
}
