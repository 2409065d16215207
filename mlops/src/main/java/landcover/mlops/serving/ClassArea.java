package landcover.mlops.serving;

import java.util.Objects;
import landcover.domain.InvalidValueException;
import landcover.domain.RgbColor;

/**
 * How much of an AOI one class covers.
 *
 * @param code the class code written in the raster, 1-255
 * @param name the class name, e.g. {@code closedForest}
 * @param color the legend colour
 * @param pixels AOI pixels of this class
 * @param areaM2 their ground area on the WGS84 ellipsoid, m² (each pixel's projected area divided by
 *     the square of the UTM point scale factor at it; see {@code PixelAreas})
 * @param share this class's part of the AOI's classified area, 0 to 1
 */
public record ClassArea(int code, String name, RgbColor color, long pixels, double areaM2, double share) {
    public ClassArea {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (code < 1 || code > 255 || pixels < 0 || !(areaM2 >= 0) || !(share >= 0 && share <= 1)) {
            throw new InvalidValueException(
                    "classAreas", "class " + code + ": " + pixels + " px, " + areaM2 + " m², share " + share);
        }
    }
}
