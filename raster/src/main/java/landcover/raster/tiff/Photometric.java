package landcover.raster.tiff;

import java.util.Optional;

/** How a TIFF's samples are to be interpreted as colour (the PhotometricInterpretation tag). */
public enum Photometric {
    /** Grey, 0 is white (code 0). Values are read as stored, not inverted, like GDAL does. */
    MIN_IS_WHITE(0),
    /** Grey or any number of data bands, 0 is black (code 1): the usual for data rasters. */
    MIN_IS_BLACK(1),
    /** Red, green, blue (and extra) bands (code 2), e.g. a Sentinel-2 TCI. */
    RGB(2),
    /** One band of indices into a {@link ColorTable} (code 3). */
    PALETTE(3),
    /** Ink separations such as CMYK (code 5), read as plain bands. */
    SEPARATED(5);

    private final int code;

    Photometric(int code) {
        this.code = code;
    }

    /** The PhotometricInterpretation tag value. */
    public int code() {
        return code;
    }

    /** The interpretation for a tag value, if this codec reads it. */
    public static Optional<Photometric> ofCode(int code) {
        for (Photometric p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
