package landcover.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour, as used in class legends and GeoTIFF colour tables.
 *
 * @param red 0-255
 * @param green 0-255
 * @param blue 0-255
 */
public record RgbColor(int red, int green, int blue) {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public RgbColor {
        checkChannel("red", red);
        checkChannel("green", green);
        checkChannel("blue", blue);
    }

    /** Parses {@code #rrggbb} (case-insensitive). */
    public static RgbColor parse(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidValueException("color", "'" + hex + "' is not a colour of the form #rrggbb");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new RgbColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** The colour as {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour packed as {@code 0xRRGGBB}. */
    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    private static void checkChannel(String name, int value) {
        if (value < 0 || value > 255) {
            throw new InvalidValueException("color", name + " channel " + value + " is outside 0-255");
        }
    }

    @Override
    public String toString() {
        return hex();
    }
}
