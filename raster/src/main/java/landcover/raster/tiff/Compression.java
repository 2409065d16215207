package landcover.raster.tiff;

import java.util.Optional;

/** TIFF compression schemes this codec reads; {@link #NONE} and {@link #DEFLATE} are also written. */
public enum Compression {
    /** Uncompressed (TIFF code 1). */
    NONE(1),
    /** Lempel-Ziv-Welch (code 5), as written by libtiff and GDAL. */
    LZW(5),
    /** zlib/Deflate (code 8, Adobe's; the obsolete code 32946 reads the same). */
    DEFLATE(8),
    /** Macintosh PackBits run-length encoding (code 32773). */
    PACKBITS(32773);

    private final int code;

    Compression(int code) {
        this.code = code;
    }

    /** The value of the TIFF Compression tag. */
    public int code() {
        return code;
    }

    /** The scheme for a Compression tag value, if this codec reads it. */
    public static Optional<Compression> ofCode(int code) {
        for (Compression c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return code == 32946 ? Optional.of(DEFLATE) : Optional.empty();
    }

    /** GDAL's name for the scheme, as {@code gdalinfo} prints it (none is reported as {@code NONE}). */
    public String gdalName() {
        return name();
    }
}
