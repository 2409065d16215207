package landcover.domain;

/**
 * The number of a registered model version within one model line and year: 1, 2, 3, … without
 * gaps, in registration order.
 *
 * @param value the version number, at least 1
 */
public record ModelVersion(int value) implements Comparable<ModelVersion> {
    public ModelVersion {
        if (value < 1) {
            throw new InvalidValueException("version", value + " is not a version number: versions start at 1");
        }
    }

    /** Parses {@code 3} or {@code v3}. */
    public static ModelVersion parse(String text) {
        String digits = text.strip();
        if (digits.startsWith("v") || digits.startsWith("V")) {
            digits = digits.substring(1);
        }
        try {
            return new ModelVersion(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("version", "'" + text + "' is not a version number such as 3 or v3");
        }
    }

    /** The version after this one. */
    public ModelVersion next() {
        return new ModelVersion(value + 1);
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "v" + value;
    }
}
