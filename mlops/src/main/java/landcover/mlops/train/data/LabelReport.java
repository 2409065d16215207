package landcover.mlops.train.data;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to the labelled input on its way into a {@link SampleTable}: nothing is dropped
 * without being listed here. Identifiers are the input's own (a feature index or id, a CSV line).
 *
 * @param accepted rows that became samples
 * @param unknownClasses labels that are not classes of the scheme, with how often each occurs
 * @param outsideImagery inputs (points or polygons) with no pixel inside the imagery
 * @param nodata pixels skipped because a feature was missing (nodata or NaN)
 * @param duplicates inputs at a location (pixel) already labelled by an earlier one
 */
public record LabelReport(
        int accepted,
        Map<String, Integer> unknownClasses,
        List<String> outsideImagery,
        List<String> nodata,
        List<String> duplicates) {
    public LabelReport {
        unknownClasses = java.util.Collections.unmodifiableMap(new TreeMap<>(unknownClasses));
        outsideImagery = List.copyOf(outsideImagery);
        nodata = List.copyOf(nodata);
        duplicates = List.copyOf(duplicates);
    }

    /** A report of input that was taken whole. */
    public static LabelReport clean(int accepted) {
        return new LabelReport(accepted, Map.of(), List.of(), List.of(), List.of());
    }

    /** True when something was not used. */
    public boolean hasProblems() {
        return !unknownClasses.isEmpty() || !outsideImagery.isEmpty() || !nodata.isEmpty() || !duplicates.isEmpty();
    }

    /** One-line summary, e.g. {@code 412 samples; unknown classes {forest=3}; 2 outside the imagery: [p7, p9]}. */
    public String summary() {
        StringBuilder out = new StringBuilder().append(accepted).append(" samples");
        if (!unknownClasses.isEmpty()) {
            out.append("; unknown classes ").append(unknownClasses);
        }
        append(out, outsideImagery, "outside the imagery");
        append(out, nodata, "nodata pixels skipped");
        append(out, duplicates, "duplicate locations skipped");
        return out.toString();
    }

    private static void append(StringBuilder out, List<String> items, String what) {
        if (!items.isEmpty()) {
            List<String> shown = items.size() > 10 ? items.subList(0, 10) : items;
            out.append("; ")
                    .append(items.size())
                    .append(' ')
                    .append(what)
                    .append(": ")
                    .append(shown);
            out.append(items.size() > 10 ? " …" : "");
        }
    }
}
