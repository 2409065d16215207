package landcover.raster.s2;

import java.util.List;
import java.util.Locale;
import landcover.raster.RasterException;

/**
 * The Sentinel-2 Level-2A layers the feature space uses, with their native resolution.
 *
 * <p>10 m: B02 B03 B04 B08 · 20 m: B05 B06 B07 B8A B11 B12 and SCL · 60 m: B01 B09. AOT (aerosol
 * optical thickness) and WVP (water vapour) are delivered at 10, 20 and 60 m; 10 m is listed. B10
 * (cirrus) exists in Level-1C only and is not a Level-2A band.
 */
public enum S2Band {
    B01(60, Kind.REFLECTANCE),
    B02(10, Kind.REFLECTANCE),
    B03(10, Kind.REFLECTANCE),
    B04(10, Kind.REFLECTANCE),
    B05(20, Kind.REFLECTANCE),
    B06(20, Kind.REFLECTANCE),
    B07(20, Kind.REFLECTANCE),
    B08(10, Kind.REFLECTANCE),
    B8A(20, Kind.REFLECTANCE),
    B09(60, Kind.REFLECTANCE),
    B11(20, Kind.REFLECTANCE),
    B12(20, Kind.REFLECTANCE),
    AOT(10, Kind.ATMOSPHERE),
    WVP(10, Kind.ATMOSPHERE),
    SCL(20, Kind.CLASSIFICATION);

    /** What a band's numbers mean. */
    public enum Kind {
        /** Bottom-of-atmosphere reflectance, DN = reflectance × 10000 (+1000 since baseline 04.00). */
        REFLECTANCE,
        /** AOT (unitless) and WVP (cm), DN = value × 1000, no offset. */
        ATMOSPHERE,
        /** Scene classification codes 0-11. */
        CLASSIFICATION
    }

    /** The 12 Level-2A spectral bands in wavelength order (B01 … B12 with B8A, without B10). */
    public static final List<S2Band> SPECTRAL = List.of(B01, B02, B03, B04, B05, B06, B07, B08, B8A, B09, B11, B12);

    private final int nativeResolution;
    private final Kind kind;

    S2Band(int nativeResolution, Kind kind) {
        this.nativeResolution = nativeResolution;
        this.kind = kind;
    }

    /** Native pixel size in metres. */
    public int nativeResolution() {
        return nativeResolution;
    }

    /** What the band's numbers mean. */
    public Kind kind() {
        return kind;
    }

    /**
     * Parses a band name, case-insensitively: {@code B04}, {@code b8a}, {@code SCL}.
     *
     * @throws RasterException naming the known bands when the name is not one
     */
    public static S2Band parse(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (S2Band band : values()) {
            if (band.name().equals(upper)) {
                return band;
            }
        }
        throw new RasterException(name, "not a Sentinel-2 L2A band (known: " + List.of(values()) + ")");
    }

    /** True when {@code name} is a band name {@link #parse} accepts. */
    public static boolean isBand(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (S2Band band : values()) {
            if (band.name().equals(upper)) {
                return true;
            }
        }
        return false;
    }
}
