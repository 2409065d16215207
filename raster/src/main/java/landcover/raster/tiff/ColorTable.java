package landcover.raster.tiff;

import java.util.Arrays;
import landcover.domain.ClassScheme;
import landcover.domain.LandCoverClass;

/**
 * A palette for a single-band integer raster: entry {@code i} is the colour of value {@code i}, as
 * packed {@code 0xAARRGGBB}. TIFF stores only red, green and blue; like GDAL, a reader marks the
 * entry of the nodata value transparent. Immutable and thread-safe.
 */
public final class ColorTable {
    private final int[] argb;

    private ColorTable(int[] argb) {
        this.argb = argb;
    }

    /**
     * A table from packed {@code 0xAARRGGBB} entries, at most 65536.
     *
     * @param argb one entry per value, starting at value 0; copied
     */
    public static ColorTable ofArgb(int[] argb) {
        if (argb.length == 0 || argb.length > 65536) {
            throw new IllegalArgumentException("a colour table has 1-65536 entries, not " + argb.length);
        }
        return new ColorTable(argb.clone());
    }

    /**
     * The palette of a class raster: 256 entries, class codes in their scheme colours, code {@link
     * ClassScheme#NODATA_CODE} transparent black, unused codes opaque black. Write it with nodata 0 so
     * that GDAL (and this reader) show code 0 transparent.
     */
    public static ColorTable of(ClassScheme scheme) {
        int[] argb = new int[256];
        Arrays.fill(argb, 1, 256, 0xFF000000);
        for (LandCoverClass c : scheme.classes()) {
            if (c.code() > 0 && c.code() < 256) {
                argb[c.code()] = 0xFF000000 | c.color().rgb();
            }
        }
        return new ColorTable(argb);
    }

    /** Number of entries. */
    public int size() {
        return argb.length;
    }

    /** Entry {@code index} as {@code 0xAARRGGBB}. */
    public int argb(int index) {
        return argb[index];
    }

    /** Red of entry {@code index}, 0-255. */
    public int red(int index) {
        return (argb[index] >>> 16) & 0xFF;
    }

    /** Green of entry {@code index}, 0-255. */
    public int green(int index) {
        return (argb[index] >>> 8) & 0xFF;
    }

    /** Blue of entry {@code index}, 0-255. */
    public int blue(int index) {
        return argb[index] & 0xFF;
    }

    /** Alpha of entry {@code index}, 0 (transparent) - 255. */
    public int alpha(int index) {
        return argb[index] >>> 24;
    }

    /** True when both tables have the same red, green and blue in every entry (TIFF keeps no alpha). */
    public boolean sameRgb(ColorTable other) {
        if (other.size() != size()) {
            return false;
        }
        for (int i = 0; i < argb.length; i++) {
            if ((argb[i] & 0xFFFFFF) != (other.argb[i] & 0xFFFFFF)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColorTable other && Arrays.equals(argb, other.argb);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "ColorTable[" + argb.length + " entries]";
    }
}
