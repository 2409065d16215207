package landcover.mlops.pipeline.policy;

import java.util.Arrays;
import java.util.Locale;
import landcover.domain.InvalidValueException;
import landcover.mlops.train.Evaluation;

/** The metric a decision policy asks a challenger to improve. */
public enum PolicyMetric {
    /** Share of holdout rows classified correctly. */
    OVERALL_ACCURACY("overall-accuracy"),
    /** Cohen's kappa. */
    KAPPA("kappa"),
    /** Unweighted mean F1 over the classes present. */
    MACRO_F1("macro-f1");

    private final String label;

    PolicyMetric(String label) {
        this.label = label;
    }

    /** The name used in JSON and messages, e.g. {@code macro-f1}. */
    public String label() {
        return label;
    }

    /** The metric's value in an evaluation. */
    public double of(Evaluation evaluation) {
        return switch (this) {
            case OVERALL_ACCURACY -> evaluation.overallAccuracy();
            case KAPPA -> evaluation.kappa();
            case MACRO_F1 -> evaluation.macroF1();
        };
    }

    /**
     * Parses a label ({@code overall-accuracy}, {@code kappa}, {@code macro-f1}; also the enum names).
     *
     * @throws InvalidValueException naming the choices
     */
    public static PolicyMetric parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(m -> m.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "metric", "'" + text + "' is not overall-accuracy, kappa or macro-f1"));
    }
}
