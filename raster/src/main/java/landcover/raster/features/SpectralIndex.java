package landcover.raster.features;

import java.util.List;
import java.util.Locale;
import landcover.raster.RasterException;
import landcover.raster.s2.S2Band;

/**
 * Spectral indices on Level-2A reflectance (values in [0, 1], not DN: the "+1" and "0.16" terms
 * assume reflectance). Standard definitions under the usual names; the published method's variants
 * under explicit names.
 *
 * <p>Arithmetic is float, in the order of the formulas below, so results match numpy on float32
 * arrays bit for bit. A NaN input gives NaN; a result that is not finite (a zero denominator, or
 * 1/0 in cri1) is NaN too, never ±Infinity.
 */
public enum SpectralIndex {
    /** (B08 − B04) / (B08 + B04), Rouse et al. 1974. */
    NDVI("ndvi", S2Band.B08, S2Band.B04),
    /** 2.5 (B08 − B04) / (B08 + 2.4 B04 + 1), the two-band EVI of Jiang et al. 2008. */
    EVI2("evi2", S2Band.B08, S2Band.B04),
    /** The published method's "evi2": 2.4 (B08 − B04) / (B08 + B04 + 1). */
    EVI2_BASELINE("evi2_baseline", S2Band.B08, S2Band.B04),
    /** (1 + 0.16) (B08 − B04) / (B08 + B04 + 0.16), Rondeaux et al. 1996. */
    OSAVI("osavi", S2Band.B08, S2Band.B04),
    /** (B03 − B11) / (B03 + B11), modified NDWI of Xu 2006. */
    MNDWI("mndwi", S2Band.B03, S2Band.B11),
    /** (B8A − B11) / (B8A + B11), the normalised difference moisture index. */
    MOISTURE("moisture", S2Band.B8A, S2Band.B11),
    /** (B03 − B02) / (B03 + B02), normalised difference yellowness index. */
    NDYI("ndyi", S2Band.B03, S2Band.B02),
    /** (B04 − B03) / (B04 + B03), redness index. */
    RI("ri", S2Band.B04, S2Band.B03),
    /** (B8A − B05) / (B8A + B05), red-edge NDVI with Sentinel-2's narrow NIR. */
    NDRE("ndre", S2Band.B8A, S2Band.B05),
    /** The published method's "ndre": (B09 − B05) / (B09 + B05). */
    NDRE_B9("ndre_b9", S2Band.B09, S2Band.B05),
    /** 1/B02 − 1/B03, carotenoid reflectance index 1 (Gitelson et al. 2002). */
    CRI1("cri1", S2Band.B02, S2Band.B03),
    /** The published method's "cri1": B03 / B02. */
    CRI1_RATIO("cri1_ratio", S2Band.B03, S2Band.B02);

    private final String featureName;
    private final S2Band first;
    private final S2Band second;

    SpectralIndex(String featureName, S2Band first, S2Band second) {
        this.featureName = featureName;
        this.first = first;
        this.second = second;
    }

    /** The name used in feature names ({@code ndvi} in {@code spring_ndvi}). */
    public String featureName() {
        return featureName;
    }

    /** The two bands the index reads, in the order {@link #compute} takes them. */
    public List<S2Band> inputs() {
        return List.of(first, second);
    }

    /** True when {@code name} names an index. */
    public static boolean isIndex(String name) {
        for (SpectralIndex index : values()) {
            if (index.featureName.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index called {@code name} ({@code ndvi}, {@code ndre_b9}, …), case-insensitively.
     *
     * @throws RasterException naming the known indices otherwise
     */
    public static SpectralIndex parse(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (SpectralIndex index : values()) {
            if (index.featureName.equals(lower)) {
                return index;
            }
        }
        throw new RasterException(
                name,
                "not a spectral index (known: "
                        + java.util.Arrays.stream(values())
                                .map(SpectralIndex::featureName)
                                .toList() + ")");
    }

    /** The index of one pixel from its two input reflectances (see {@link #inputs()}). */
    public float compute(float a, float b) {
        float v = switch (this) {
            case NDVI, MNDWI, MOISTURE, NDYI, RI, NDRE, NDRE_B9 -> (a - b) / (a + b);
            case EVI2 -> 2.5f * (a - b) / (a + 2.4f * b + 1f);
            case EVI2_BASELINE -> 2.4f * (a - b) / (a + b + 1f);
            case OSAVI -> 1.16f * (a - b) / (a + b + 0.16f);
            case CRI1 -> 1f / a - 1f / b;
            case CRI1_RATIO -> a / b;
        };
        return Float.isFinite(v) ? v : Float.NaN;
    }

    /**
     * The index of whole planes: {@code out[i] = compute(a[i], b[i])}.
     *
     * @param a plane of the first input band
     * @param b plane of the second input band
     * @param out where results go; same length
     */
    public void apply(float[] a, float[] b, float[] out) {
        if (a.length != b.length || a.length != out.length) {
            throw new IllegalArgumentException("planes of " + a.length + ", " + b.length + ", " + out.length);
        }
        // One loop per index (the switch is outside), so each loop is a simple kernel the JIT vectorises.
        switch (this) {
            case NDVI, MNDWI, MOISTURE, NDYI, RI, NDRE, NDRE_B9 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = finite((a[i] - b[i]) / (a[i] + b[i]));
                }
            }
            default -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = compute(a[i], b[i]);
                }
            }
        }
    }

    private static float finite(float v) {
        return Float.isFinite(v) ? v : Float.NaN;
    }
}
