package landcover.mlops.pipeline;

import java.util.Arrays;

/** The retraining steps, in the order they run. */
public enum StepName {
    /** Samples the features of the new ground-truth batches from the year's imagery. */
    EXTRACT_FEATURES("extract-features"),
    /** Joins the new samples to the champion's training set and frozen holdout (from the registry). */
    MERGE("merge"),
    /** Splits the new samples by location; keeps the frozen holdout and adds the new holdout to it. */
    SPLIT("split"),
    /** Trains the challenger (the champion's parameters unless overridden, recorded seed). */
    TRAIN("train"),
    /** Scores champion and challenger on the same holdout rows; McNemar on the paired predictions. */
    EVALUATE("evaluate"),
    /** Registers the challenger with its lineage (parent = champion, batches, run, trigger). */
    REGISTER("register"),
    /** Applies the year's policy and moves aliases accordingly. */
    DECIDE("decide");

    private final String label;

    StepName(String label) {
        this.label = label;
    }

    /** The name used in JSON and logs, e.g. {@code extract-features}. */
    public String label() {
        return label;
    }

    /** Parses a label. */
    public static StepName parse(String text) {
        return Arrays.stream(values())
                .filter(s -> s.label.equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + text));
    }
}
