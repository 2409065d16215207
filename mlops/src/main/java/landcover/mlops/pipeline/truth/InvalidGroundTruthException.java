package landcover.mlops.pipeline.truth;

import java.util.List;
import java.util.Objects;
import landcover.mlops.MlopsException;

/**
 * A ground-truth batch was refused: it is not parseable ({@link #isMalformed()}), or items name
 * unknown classes, lie outside the year's imagery, or have unusable geometry. Nothing is stored.
 * Carries the field of the first problem (e.g. {@code features[3].properties.class}, {@code line 7})
 * and up to {@value #MAX_LISTED} problems, each naming its item.
 */
public final class InvalidGroundTruthException extends MlopsException {
    private static final long serialVersionUID = 1L;

    /** The most problems listed; the message says how many there were. */
    public static final int MAX_LISTED = 20;

    private final String field;
    private final transient List<String> problems;
    private final boolean malformed;

    private InvalidGroundTruthException(String field, List<String> problems, int total, boolean malformed) {
        super(message(problems, total));
        this.field = Objects.requireNonNull(field, "field");
        this.problems = List.copyOf(problems);
        this.malformed = malformed;
    }

    private static String message(List<String> problems, int total) {
        String shown = String.join("; ", problems);
        return total > problems.size()
                ? "ground truth refused: " + shown + " (and " + (total - problems.size()) + " more)"
                : "ground truth refused: " + shown;
    }

    /** The batch cannot be read at all (not JSON, not CSV, wrong structure). */
    public static InvalidGroundTruthException malformed(String field, String problem) {
        return new InvalidGroundTruthException(field, List.of(problem), 1, true);
    }

    /** The batch reads but some items are not acceptable; {@code problems} is every problem found. */
    public static InvalidGroundTruthException invalid(String field, List<String> problems) {
        List<String> listed = problems.size() > MAX_LISTED ? problems.subList(0, MAX_LISTED) : problems;
        return new InvalidGroundTruthException(field, listed, problems.size(), false);
    }

    /** The field (item and member) of the first problem. */
    public String field() {
        return field;
    }

    /** The problems listed, each naming its item. */
    public List<String> problems() {
        return problems;
    }

    /** True when the batch could not be parsed (a 400 rather than a 422 at the HTTP edge). */
    public boolean isMalformed() {
        return malformed;
    }
}
