package landcover.mlops.pipeline;

import java.util.Arrays;

/** What asked for a retraining run. */
public enum TriggerKind {
    /** A person, through the API or the CLI. */
    MANUAL("manual"),
    /** An alert (Alertmanager's webhook, or the embedded rule evaluation), e.g. low daily confidence. */
    ALERT("alert"),
    /** Enough new ground truth arrived for the year. */
    NEW_DATA("new-data"),
    /** The retraining schedule. */
    SCHEDULE("schedule");

    private final String label;

    TriggerKind(String label) {
        this.label = label;
    }

    /** The name used in JSON, lineage and metrics labels. */
    public String label() {
        return label;
    }

    /** Parses a label. */
    public static TriggerKind parse(String text) {
        return Arrays.stream(values())
                .filter(k -> k.label.equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no trigger kind " + text));
    }
}
