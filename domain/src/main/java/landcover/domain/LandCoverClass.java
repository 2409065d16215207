package landcover.domain;

import java.util.Objects;

/**
 * One class of a land-cover scheme: the code written in class rasters, a name used in labels and
 * reports, and the legend colour.
 *
 * @param code 1-255; 0 is reserved for nodata ({@link ClassScheme#NODATA_CODE})
 * @param name 1-64 characters without control characters or surrounding spaces, e.g. {@code
 *     closedForest}
 * @param color legend colour
 */
public record LandCoverClass(int code, String name, RgbColor color) {
    public LandCoverClass {
        if (code < 1 || code > 255) {
            throw new InvalidValueException(
                    "code", "class code " + code + " is outside 1-255 (0 is reserved for nodata)");
        }
        Objects.requireNonNull(color, "color");
        if (name == null
                || name.isBlank()
                || name.length() > 64
                || !name.equals(name.strip())
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "name", "class name '" + name + "' must be 1-64 printable characters without surrounding spaces");
        }
    }
}
