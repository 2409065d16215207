package landcover.raster.tiff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One parsed image file directory: the values of the tags this codec uses (others are skipped
 * without reading their values), the IFD's own offset and the offset of the next one.
 */
final class Ifd {
    /** Tags whose values are loaded; everything else (XMP, ICC profiles, EXIF) is never read. */
    private static final Set<Integer> LOADED = Set.of(
            Tags.NEW_SUBFILE_TYPE,
            Tags.IMAGE_WIDTH,
            Tags.IMAGE_LENGTH,
            Tags.BITS_PER_SAMPLE,
            Tags.COMPRESSION,
            Tags.PHOTOMETRIC,
            Tags.STRIP_OFFSETS,
            Tags.SAMPLES_PER_PIXEL,
            Tags.ROWS_PER_STRIP,
            Tags.STRIP_BYTE_COUNTS,
            Tags.PLANAR_CONFIG,
            Tags.PREDICTOR,
            Tags.COLOR_MAP,
            Tags.TILE_WIDTH,
            Tags.TILE_LENGTH,
            Tags.TILE_OFFSETS,
            Tags.TILE_BYTE_COUNTS,
            Tags.EXTRA_SAMPLES,
            Tags.SAMPLE_FORMAT,
            Tags.MODEL_PIXEL_SCALE,
            Tags.MODEL_TIEPOINT,
            Tags.MODEL_TRANSFORMATION,
            Tags.GEO_KEY_DIRECTORY,
            Tags.GEO_DOUBLE_PARAMS,
            Tags.GEO_ASCII_PARAMS,
            Tags.GDAL_METADATA,
            Tags.GDAL_NODATA);

    private final long offset;
    private final long next;
    private final Map<Integer, Object> values;

    private Ifd(long offset, long next, Map<Integer, Object> values) {
        this.offset = offset;
        this.next = next;
        this.values = values;
    }

    /** Parses the IFD at {@code offset}. */
    static Ifd parse(TiffSource source, long offset, boolean bigTiff) {
        int countSize = bigTiff ? 8 : 2;
        int entrySize = bigTiff ? 20 : 12;
        ByteBuffer countBuffer = source.read(offset, countSize);
        long count = bigTiff ? countBuffer.getLong() : Short.toUnsignedInt(countBuffer.getShort());
        if (count <= 0 || count > 10_000) {
            throw source.fail("corrupt TIFF: IFD at byte " + offset + " claims " + count + " entries");
        }
        int tableSize = (int) count * entrySize + (bigTiff ? 8 : 4);
        ByteBuffer table = source.read(offset + countSize, tableSize);
        Map<Integer, Object> values = new HashMap<>();
        for (int i = 0; i < count; i++) {
            readEntry(source, table, i * entrySize, bigTiff, values);
        }
        table.position((int) count * entrySize);
        long next = bigTiff ? table.getLong() : Integer.toUnsignedLong(table.getInt());
        return new Ifd(offset, next, values);
    }

    private static void readEntry(
            TiffSource source, ByteBuffer table, int at, boolean bigTiff, Map<Integer, Object> values) {
        int tag = Short.toUnsignedInt(table.getShort(at));
        int type = Short.toUnsignedInt(table.getShort(at + 2));
        long count = bigTiff ? table.getLong(at + 4) : Integer.toUnsignedLong(table.getInt(at + 4));
        int size = Tags.typeSize(type);
        if (!LOADED.contains(tag) || size == 0) {
            return;
        }
        long bytes = count * size;
        if (count < 0 || bytes > source.size()) {
            throw source.fail("corrupt TIFF: tag " + tag + " claims " + count + " values");
        }
        int inline = bigTiff ? 8 : 4;
        int valueAt = at + (bigTiff ? 12 : 8);
        ByteBuffer data;
        if (bytes <= inline) {
            data = table.slice(valueAt, inline).order(table.order());
        } else {
            long where = bigTiff ? table.getLong(valueAt) : Integer.toUnsignedLong(table.getInt(valueAt));
            data = source.read(where, (int) bytes);
        }
        values.put(tag, decode(data, type, (int) count));
    }

    private static Object decode(ByteBuffer data, int type, int count) {
        if (type == Tags.TYPE_ASCII) {
            byte[] bytes = new byte[count];
            data.get(0, bytes);
            int end = 0;
            while (end < count && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        }
        boolean real = type == Tags.TYPE_RATIONAL
                || type == Tags.TYPE_SRATIONAL
                || type == Tags.TYPE_FLOAT
                || type == Tags.TYPE_DOUBLE;
        return real ? reals(data, type, count) : integers(data, type, count);
    }

    private static long[] integers(ByteBuffer data, int type, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case Tags.TYPE_BYTE, Tags.TYPE_UNDEFINED -> Byte.toUnsignedInt(data.get(i));
                case Tags.TYPE_SBYTE -> data.get(i);
                case Tags.TYPE_SHORT -> Short.toUnsignedInt(data.getShort(2 * i));
                case Tags.TYPE_SSHORT -> data.getShort(2 * i);
                case Tags.TYPE_LONG, Tags.TYPE_IFD -> Integer.toUnsignedLong(data.getInt(4 * i));
                case Tags.TYPE_SLONG -> data.getInt(4 * i);
                default -> data.getLong(8 * i);
            };
        }
        return out;
    }

    private static double[] reals(ByteBuffer data, int type, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case Tags.TYPE_RATIONAL ->
                    (double) Integer.toUnsignedLong(data.getInt(8 * i))
                            / Integer.toUnsignedLong(data.getInt(8 * i + 4));
                case Tags.TYPE_SRATIONAL -> (double) data.getInt(8 * i) / data.getInt(8 * i + 4);
                case Tags.TYPE_FLOAT -> data.getFloat(4 * i);
                default -> data.getDouble(8 * i);
            };
        }
        return out;
    }

    long offset() {
        return offset;
    }

    long next() {
        return next;
    }

    boolean has(int tag) {
        return values.containsKey(tag);
    }

    /** The integer values of a tag, or null when absent or not integer-typed. */
    long[] longs(int tag) {
        return values.get(tag) instanceof long[] v ? v : null;
    }

    /** The first integer value of a tag, or {@code fallback}. */
    long longValue(int tag, long fallback) {
        long[] v = longs(tag);
        return v == null || v.length == 0 ? fallback : v[0];
    }

    /** The real values of a tag (integers converted), or null when absent. */
    double[] doubles(int tag) {
        Object v = values.get(tag);
        if (v instanceof double[] d) {
            return d;
        }
        if (v instanceof long[] l) {
            double[] d = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                d[i] = l[i];
            }
            return d;
        }
        return null;
    }

    /** The text of an ASCII tag, or null. */
    String string(int tag) {
        return values.get(tag) instanceof String s ? s : null;
    }
}
