package landcover.raster;

/**
 * Sample types a raster is stored as on disk. In memory every sample is a {@code float}, which holds
 * all of these exactly (24-bit mantissa), so reading and writing back is bit-exact.
 */
public enum DataType {
    UINT8(8, 0, 255),
    UINT16(16, 0, 65535),
    INT16(16, -32768, 32767),
    FLOAT32(32, -Float.MAX_VALUE, Float.MAX_VALUE);

    private final int bits;
    private final double min;
    private final double max;

    DataType(int bits, double min, double max) {
        this.bits = bits;
        this.min = min;
        this.max = max;
    }

    /** Bits per sample. */
    public int bits() {
        return bits;
    }

    /** Bytes per sample. */
    public int bytes() {
        return bits / 8;
    }

    /** Smallest representable value. */
    public double min() {
        return min;
    }

    /** Largest representable value. */
    public double max() {
        return max;
    }

    /** GDAL's name for the type (Byte, UInt16, Int16, Float32). */
    public String gdalName() {
        return switch (this) {
            case UINT8 -> "Byte";
            case UINT16 -> "UInt16";
            case INT16 -> "Int16";
            case FLOAT32 -> "Float32";
        };
    }
}
