package landcover.raster.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import landcover.raster.RasterException;

/**
 * The {@link RangeReader} of one TIFF plus its byte order, with the file's head cached: a COG keeps
 * every IFD in its first kilobytes, so parsing the structure costs one read (one HTTP request).
 */
final class TiffSource {
    static final int HEAD_BYTES = 64 * 1024;

    private final RangeReader reader;
    private final byte[] head;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    TiffSource(RangeReader reader) {
        this.reader = reader;
        int n = (int) Math.min(reader.size(), HEAD_BYTES);
        this.head = new byte[n];
        reader.readFully(0, ByteBuffer.wrap(head));
    }

    RangeReader reader() {
        return reader;
    }

    String name() {
        return reader.name();
    }

    long size() {
        return reader.size();
    }

    ByteOrder order() {
        return order;
    }

    void order(ByteOrder byteOrder) {
        this.order = byteOrder;
    }

    /** The first bytes of the file (up to {@value #HEAD_BYTES}). */
    byte[] head() {
        return head;
    }

    /** {@code length} bytes at {@code offset}, in the file's byte order, positioned at 0. */
    ByteBuffer read(long offset, int length) {
        if (offset < 0 || length < 0 || offset + length > reader.size()) {
            throw fail("truncated or corrupt: needs bytes " + offset + "-" + (offset + length) + " of a "
                    + reader.size() + "-byte file");
        }
        ByteBuffer buffer;
        if (offset + length <= head.length) {
            buffer = ByteBuffer.wrap(head, (int) offset, length).slice();
        } else {
            buffer = ByteBuffer.allocate(length);
            reader.readFully(offset, buffer);
            buffer.flip();
        }
        return buffer.order(order);
    }

    RasterException fail(String message) {
        return new RasterException(reader.name(), message);
    }
}
