package landcover.raster.s2;

import landcover.raster.RasterException;

/**
 * How a Level-2A product's reflectance DNs become reflectance: {@code reflectance = (DN +
 * boaAddOffset) / 10000}, with DN 0 meaning no data. ESA's metadata names these
 * BOA_ADD_OFFSET and BOA_QUANTIFICATION_VALUE; STAC's raster extension gives the same as {@code
 * scale} 0.0001 and {@code offset} −0.1.
 *
 * <p>AOT and WVP have no offset: value = DN / 1000. SCL is a class code and is never scaled.
 *
 * @param boaAddOffset −1000 for products of baseline 04.00 and later, 0 before, and 0 where the
 *     provider already removed it (Earth Search's {@code earthsearch:boa_offset_applied})
 */
public record L2aRadiometry(int boaAddOffset) {
    /** BOA_QUANTIFICATION_VALUE: reflectance × 10000. */
    public static final double REFLECTANCE_QUANTIFICATION = 10_000;

    /** AOT_QUANTIFICATION_VALUE and WVP_QUANTIFICATION_VALUE. */
    public static final double ATMOSPHERE_QUANTIFICATION = 1_000;

    /** No offset: products before baseline 04.00, or offset already removed by the provider. */
    public static final L2aRadiometry NO_OFFSET = new L2aRadiometry(0);

    public L2aRadiometry {
        if (boaAddOffset != 0 && boaAddOffset != -1000) {
            throw new RasterException("BOA_ADD_OFFSET", boaAddOffset + " is neither 0 nor -1000");
        }
    }

    /** The radiometry of a product as ESA delivers it, from its processing baseline. */
    public static L2aRadiometry of(ProcessingBaseline baseline) {
        return new L2aRadiometry(baseline.hasBoaOffset() ? -1000 : 0);
    }

    /**
     * From STAC raster-extension numbers ({@code reflectance = DN × scale + offset}): scale must be
     * 0.0001, offset 0 or −0.1.
     */
    public static L2aRadiometry fromScaleOffset(double scale, double offset) {
        if (Math.abs(scale - 1e-4) > 1e-12) {
            throw new RasterException("raster:scale", scale + " is not the L2A scale 0.0001");
        }
        return new L2aRadiometry((int) Math.round(offset / scale));
    }

    /**
     * The physical value of one DN as a float: reflectance, AOT or WVP (cm); NaN for DN 0 (no data);
     * SCL codes unchanged. Computed in double and rounded once to float.
     */
    public float toPhysical(S2Band band, float dn) {
        if (band.kind() == S2Band.Kind.CLASSIFICATION) {
            return dn;
        }
        if (dn == 0 || Float.isNaN(dn)) {
            return Float.NaN;
        }
        return band.kind() == S2Band.Kind.REFLECTANCE
                ? (float) (((double) dn + boaAddOffset) / REFLECTANCE_QUANTIFICATION)
                : (float) (dn / ATMOSPHERE_QUANTIFICATION);
    }
}
