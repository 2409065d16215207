package landcover.raster.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one little-endian IFD: entries sorted by tag (TIFF requires it), values that do not fit
 * in an entry written right after the entry table, each starting on an even offset.
 */
final class IfdBuilder {
    private record Field(int type, long count, byte[] data) {}

    private final boolean bigTiff;
    private final Map<Integer, Field> fields = new TreeMap<>();

    IfdBuilder(boolean bigTiff) {
        this.bigTiff = bigTiff;
    }

    IfdBuilder shorts(int tag, int... values) {
        ByteBuffer b = buffer(2 * values.length);
        for (int v : values) {
            b.putShort((short) v);
        }
        return put(tag, Tags.TYPE_SHORT, values.length, b);
    }

    /** SHORT when every value fits 16 bits, else LONG. */
    IfdBuilder integer(int tag, long value) {
        return value < 65536 ? shorts(tag, (int) value) : longs(tag, value);
    }

    IfdBuilder longs(int tag, long... values) {
        ByteBuffer b = buffer(4 * values.length);
        for (long v : values) {
            b.putInt((int) v);
        }
        return put(tag, Tags.TYPE_LONG, values.length, b);
    }

    /** File offsets or byte counts: LONG in classic TIFF, LONG8 in BigTIFF. */
    IfdBuilder offsets(int tag, long[] values) {
        if (!bigTiff) {
            return longs(tag, values);
        }
        ByteBuffer b = buffer(8 * values.length);
        for (long v : values) {
            b.putLong(v);
        }
        return put(tag, Tags.TYPE_LONG8, values.length, b);
    }

    IfdBuilder doubles(int tag, double... values) {
        ByteBuffer b = buffer(8 * values.length);
        for (double v : values) {
            b.putDouble(v);
        }
        return put(tag, Tags.TYPE_DOUBLE, values.length, b);
    }

    /** NUL-terminated text. */
    IfdBuilder ascii(int tag, String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
        fields.put(tag, new Field(Tags.TYPE_ASCII, bytes.length, bytes));
        return this;
    }

    private IfdBuilder put(int tag, int type, long count, ByteBuffer b) {
        fields.put(tag, new Field(type, count, b.array()));
        return this;
    }

    private static ByteBuffer buffer(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private int inlineSize() {
        return bigTiff ? 8 : 4;
    }

    private int tableSize() {
        return bigTiff ? 8 + 20 * fields.size() + 8 : 2 + 12 * fields.size() + 4;
    }

    /** Bytes the IFD takes with its out-of-line values; even. */
    long size() {
        long size = tableSize();
        for (Field f : fields.values()) {
            if (f.data.length > inlineSize()) {
                size += f.data.length + (f.data.length & 1);
            }
        }
        return size + (size & 1);
    }

    /** Writes the IFD at file offset {@code at} (the buffer's position), pointing to {@code next}. */
    void write(ByteBuffer out, long at, long next) {
        int start = out.position();
        long extra = at + tableSize();
        ByteBuffer values = ByteBuffer.allocate((int) (size() - tableSize())).order(ByteOrder.LITTLE_ENDIAN);
        if (bigTiff) {
            out.putLong(fields.size());
        } else {
            out.putShort((short) fields.size());
        }
        for (Map.Entry<Integer, Field> e : fields.entrySet()) {
            Field f = e.getValue();
            out.putShort((short) (int) e.getKey()).putShort((short) f.type);
            if (bigTiff) {
                out.putLong(f.count);
            } else {
                out.putInt((int) f.count);
            }
            if (f.data.length <= inlineSize()) {
                out.put(f.data).put(new byte[inlineSize() - f.data.length]);
            } else {
                long where = extra + values.position();
                if (bigTiff) {
                    out.putLong(where);
                } else {
                    out.putInt((int) where);
                }
                values.put(f.data).put(new byte[f.data.length & 1]);
            }
        }
        if (bigTiff) {
            out.putLong(next);
        } else {
            out.putInt((int) next);
        }
        out.put(values.array());
        out.position(start + (int) size());
    }
}
