package landcover.mlops.pipeline.truth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.mlops.train.data.LabelledGeometry;

/**
 * A batch that passed the checks, ready to store: its items with their class codes, the counts
 * and the locations it labels again. Immutable.
 */
public final class CheckedBatch {
    private final List<LabelledGeometry> items;
    private final int[] codes;
    private final List<DuplicateLocation> duplicates;

    CheckedBatch(List<LabelledGeometry> items, int[] codes, List<DuplicateLocation> duplicates) {
        this.items = List.copyOf(items);
        this.codes = codes.clone();
        this.duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
    }

    /** The items, in input order. */
    public List<LabelledGeometry> items() {
        return items;
    }

    /** The class code of item {@code i}. */
    public int code(int i) {
        return codes[i];
    }

    /** Every item's class code (a copy). */
    public int[] codes() {
        return codes.clone();
    }

    /** Items at locations already labelled. */
    public List<DuplicateLocation> duplicates() {
        return duplicates;
    }

    /** Labelled points. */
    public int points() {
        return (int) items.stream().filter(LabelledGeometry::isPoint).count();
    }

    /** Labelled polygons. */
    public int polygons() {
        return items.size() - points();
    }

    /** Items per class code, ascending. */
    public Map<Integer, Integer> classCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        Arrays.stream(codes).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }
}
