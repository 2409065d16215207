package landcover.mlops.pipeline.policy;

import java.util.Arrays;
import java.util.Locale;
import landcover.domain.InvalidValueException;

/** What happens to a challenger once it has been scored against the champion. */
public enum DecisionOutcome {
    /** It becomes {@code production} at once. */
    PROMOTE("promote"),
    /** It is deployed under {@code shadow} and receives mirrored traffic until someone promotes it. */
    SHADOW("shadow"),
    /** It stays registered without an alias until a person approves it (promote or shadow). */
    AWAIT_APPROVAL("await-approval"),
    /** It stays registered without an alias; the run says why. */
    REJECT("reject");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    /** The name used in JSON and messages, e.g. {@code await-approval}. */
    public String label() {
        return label;
    }

    /**
     * Parses a label.
     *
     * @throws InvalidValueException naming the choices
     */
    public static DecisionOutcome parse(String text, String field) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(o -> o.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        field, "'" + text + "' is not promote, shadow, await-approval or reject"));
    }
}
