package landcover.raster.imagery.compose;

import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.S2Band;

/**
 * How composites are stored, and why the STAC source rounds the same way: a composite value is
 * kept as a 16-bit DN in today's L2A encoding — reflectance × 10000 + 1000 (reflectance down to
 * −0.1 stays representable), AOT and WVP × 1000 — with 0 for no data. A median of two observations
 * or a reflectance between DNs rounds to the nearest DN (half away from zero), a change of at most
 * 0.00005 reflectance, below the sensor's own quantisation. Composites computed on the fly go
 * through the same rounding, so both sources give the same features to the last bit.
 */
public final class Quantization {
    /** Stored composites use the offset of processing baseline 04.00 and later. */
    public static final L2aRadiometry STORED = new L2aRadiometry(-1000);

    private Quantization() {}

    /** The stored DN of a physical value (reflectance, AOT or WVP); 0 for NaN. */
    public static int toDn(S2Band band, float value) {
        if (Float.isNaN(value)) {
            return 0;
        }
        double scaled = band.kind() == S2Band.Kind.REFLECTANCE
                ? value * L2aRadiometry.REFLECTANCE_QUANTIFICATION - STORED.boaAddOffset()
                : value * L2aRadiometry.ATMOSPHERE_QUANTIFICATION;
        return (int) Math.clamp(Math.round(scaled), 1, 65535);
    }

    /** The physical value of a stored DN; NaN for 0. */
    public static float toPhysical(S2Band band, float dn) {
        return STORED.toPhysical(band, dn);
    }

    /** Rounds physical values in place as storing and reading back would. */
    public static void roundTrip(S2Band band, float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = toPhysical(band, toDn(band, values[i]));
        }
    }
}
