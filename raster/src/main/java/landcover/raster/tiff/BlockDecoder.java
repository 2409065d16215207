package landcover.raster.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import landcover.raster.DataType;
import landcover.raster.RasterException;
import landcover.raster.grid.PixelWindow;

/**
 * Decodes one strip or tile and copies the part inside a window into the output planes. Only the
 * rows up to the last one the window needs are decompressed, and only the needed rows of an
 * uncompressed block are read. Stateless; per-thread buffers come from {@link Scratch}.
 */
final class BlockDecoder {
    private final RangeReader reader;
    private final ByteOrder order;
    private final ImageLevel level;
    private final PixelWindow window;
    private final float[][] out;
    private final int[] target;
    private final float fill;

    /**
     * @param target for each sample of a block pixel, the output plane it goes to, or -1 to drop it
     * @param fill the value of pixels in blocks the file leaves out (offset or byte count 0)
     */
    BlockDecoder(
            RangeReader reader,
            ByteOrder order,
            ImageLevel level,
            PixelWindow window,
            float[][] out,
            int[] target,
            float fill) {
        this.reader = reader;
        this.order = order;
        this.level = level;
        this.window = window;
        this.out = out;
        this.target = target;
        this.fill = fill;
    }

    /** The sub-window of {@code window} covered by a block. */
    static PixelWindow coverage(ImageLevel level, PixelWindow window, int blockCol, int blockRow) {
        PixelWindow block = new PixelWindow(
                blockCol * level.blockWidth(),
                blockRow * level.blockHeight(),
                level.blockWidth(),
                level.rowsInBlock(blockRow));
        return block.intersection(window).intersection(PixelWindow.of(level.width(), level.height()));
    }

    /** Decodes block ({@code blockCol}, {@code blockRow}) of {@code plane} into the output. */
    void decode(int plane, int blockCol, int blockRow) {
        PixelWindow part = coverage(level, window, blockCol, blockRow);
        if (part.isEmpty()) {
            return;
        }
        int index = level.blockIndex(plane, blockCol, blockRow);
        long offset = level.offsets()[index];
        long count = level.byteCounts()[index];
        if (offset == 0 || count == 0) {
            fillPart(part);
            return;
        }
        int top = blockRow * level.blockHeight();
        int rowBytes = level.blockRowBytes();
        int firstRow = level.compression() == Compression.NONE ? part.row() - top : 0;
        int rows = part.endRow() - top - firstRow;
        byte[] raw = unpack(index, offset, count, firstRow * rowBytes, rows * rowBytes);
        int bytes = level.dataType().bytes();
        if (order == ByteOrder.BIG_ENDIAN && bytes > 1 && level.predictor() != 3) {
            Samples.swap(raw, 0, rows * rowBytes, bytes);
        }
        int skipRows = part.row() - top - firstRow;
        for (int r = 0; r < part.height(); r++) {
            copyRow(raw, (skipRows + r) * rowBytes, part, r);
        }
    }

    private void copyRow(byte[] raw, int at, PixelWindow part, int r) {
        int stride = level.samplesPerBlockPixel();
        byte[] src = raw;
        int from = at;
        if (level.predictor() == 3) {
            src = Scratch.get().row(level.blockRowBytes());
            FloatPredictor.decodeRow(raw, at, level.blockWidth() * stride, stride, src);
            from = 0;
        }
        boolean diff = level.predictor() == 2;
        int skip = part.col() - (part.col() / level.blockWidth()) * level.blockWidth();
        int to = (part.row() + r - window.row()) * window.width() + part.col() - window.col();
        DataType type = level.dataType();
        for (int s = 0; s < stride; s++) {
            if (target[s] >= 0) {
                int sampleAt = from + s * type.bytes();
                Samples.row(type, diff, src, sampleAt, stride, skip, part.width(), out[target[s]], to);
            }
        }
    }

    /** The block's bytes {@code [from, from + length)} after decompression. */
    private byte[] unpack(int index, long offset, long count, int from, int length) {
        Scratch scratch = Scratch.get();
        if (level.compression() == Compression.NONE) {
            if (from + (long) length > count) {
                throw corrupt(index, "holds " + count + " bytes, needs " + (from + (long) length));
            }
            byte[] raw = scratch.raw(length);
            reader.readFully(offset + from, ByteBuffer.wrap(raw, 0, length));
            return raw;
        }
        if (count > Integer.MAX_VALUE - 16) {
            throw corrupt(index, "is larger than 2 GiB");
        }
        byte[] packed = scratch.compressed((int) count);
        reader.readFully(offset, ByteBuffer.wrap(packed, 0, (int) count));
        byte[] raw = scratch.raw(length);
        int produced;
        try {
            produced = switch (level.compression()) {
                case DEFLATE -> Decompressors.inflate(scratch.inflater, packed, (int) count, raw, length);
                case LZW ->
                    Decompressors.lzw(packed, (int) count, raw, length, scratch.lzwStart(), scratch.lzwLength());
                case PACKBITS -> Decompressors.packBits(packed, (int) count, raw, length);
                case NONE -> throw new IllegalStateException("handled above");
            };
        } catch (IllegalArgumentException e) {
            throw corrupt(index, e.getMessage());
        }
        if (produced < length) {
            throw corrupt(index, "decompresses to " + produced + " bytes, expected at least " + length);
        }
        return raw;
    }

    private void fillPart(PixelWindow part) {
        for (int s = 0; s < level.samplesPerBlockPixel(); s++) {
            int t = target[s];
            if (t < 0) {
                continue;
            }
            for (int r = part.row(); r < part.endRow(); r++) {
                int to = (r - window.row()) * window.width() + part.col() - window.col();
                Arrays.fill(out[t], to, to + part.width(), fill);
            }
        }
    }

    private RasterException corrupt(int index, String what) {
        return new RasterException(
                reader.name(), "corrupt " + (level.tiled() ? "tile " : "strip ") + index + ": " + what);
    }
}
