package landcover.mlops.train.data;

import java.util.Objects;
import landcover.domain.ClassScheme;

/**
 * Samples with the class scheme their codes belong to and the report of what was left out.
 *
 * @param table the samples
 * @param scheme the class scheme (given, or derived from the labels)
 * @param report what was dropped and why
 */
public record LabelledSamples(SampleTable table, ClassScheme scheme, LabelReport report) {
    public LabelledSamples {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(report, "report");
    }
}
