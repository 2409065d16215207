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
    private final Libdeflate libdeflate;
    private final ImageLevel level;
    private final PixelWindow window;
    private final float[][] out;
    private final int[] target;
    private final float fill;

    /**
     * Where blocks come from: the bytes, their order, libdeflate when it is used (else null), and a
     * cache of decompressed tiles with this reader's key in it (null: none).
     */
    record Source(RangeReader reader, ByteOrder order, Libdeflate libdeflate, BlockCache cache, long owner) {}

    private final Source source;

    /**
     * @param target for each sample of a block pixel, the output plane it goes to, or -1 to drop it
     * @param fill the value of pixels in blocks the file leaves out (offset or byte count 0)
     */
    BlockDecoder(Source source, ImageLevel level, PixelWindow window, float[][] out, int[] target, float fill) {
        this.source = source;
        this.reader = source.reader();
        this.order = source.order();
        this.libdeflate = source.libdeflate();
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
        long offset = level.blocks().offset(index);
        long count = level.blocks().byteCount(index);
        if (level.blocks().isEmpty(index)) {
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
        if (cacheable()) {
            return source.cache().get(source.owner(), offset, () -> unpackWhole(index, offset, count));
        }
        Scratch scratch = Scratch.get();
        if (level.compression() == Compression.NONE) {
            if (from + (long) length > count) {
                throw corrupt(index, "holds " + count + " bytes, needs " + (from + (long) length));
            }
            byte[] raw = scratch.raw(length);
            reader.readFully(offset + from, ByteBuffer.wrap(raw, 0, length));
            return raw;
        }
        byte[] raw = scratch.raw(wholeBlockInflate(length) ? wholeBlockBytes() : length);
        return inflateInto(index, scratch, offset, count, raw, length);
    }

    /** Reads the compressed block and decompresses at least its first {@code length} bytes into {@code raw}. */
    private byte[] inflateInto(int index, Scratch scratch, long offset, long count, byte[] raw, int length) {
        if (count > Integer.MAX_VALUE - 16) {
            throw corrupt(index, "is larger than 2 GiB");
        }
        byte[] packed = scratch.compressed((int) count);
        reader.readFully(offset, ByteBuffer.wrap(packed, 0, (int) count));
        int produced = decompress(index, scratch, packed, (int) count, raw, length);
        if (produced < length) {
            throw corrupt(index, "decompresses to " + produced + " bytes, expected at least " + length);
        }
        return raw;
    }

    private int decompress(int index, Scratch scratch, byte[] packed, int count, byte[] raw, int length) {
        try {
            return switch (level.compression()) {
                case DEFLATE -> inflate(scratch, packed, count, raw, length);
                case LZW -> Decompressors.lzw(packed, count, raw, length, scratch.lzwStart(), scratch.lzwLength());
                case PACKBITS -> Decompressors.packBits(packed, count, raw, length);
                case NONE -> throw new IllegalStateException("uncompressed blocks are read directly");
            };
        } catch (IllegalArgumentException e) {
            throw corrupt(index, e.getMessage());
        }
    }

    /*
     * Whole tiles of compressed little-endian (or single-byte) files: cached bytes are read as stored,
     * never changed, so not for big-endian swaps or the floating-point predictor (both work in place).
     */
    private boolean cacheable() {
        return source.cache() != null
                && level.tiled()
                && level.compression() != Compression.NONE
                && level.predictor() != 3
                && (order == ByteOrder.LITTLE_ENDIAN || level.dataType().bytes() == 1);
    }

    private byte[] unpackWhole(int index, long offset, long count) {
        int whole = wholeBlockBytes();
        return inflateInto(index, Scratch.get(), offset, count, new byte[whole], whole);
    }

    private int wholeBlockBytes() {
        return level.blockRowBytes() * level.blockHeight();
    }

    /**
     * libdeflate decodes whole blocks only; when the window needs less than half of one, zlib's
     * streaming Inflater, which can stop early, does less work.
     */
    private boolean wholeBlockInflate(int length) {
        long whole = (long) level.blockRowBytes() * level.blockHeight();
        return libdeflate != null
                && level.compression() == Compression.DEFLATE
                && whole < Integer.MAX_VALUE - 16
                && 2L * length >= whole;
    }

    private int inflate(Scratch scratch, byte[] packed, int count, byte[] raw, int length) {
        if (wholeBlockInflate(length)) {
            int produced = libdeflate.zlibDecompress(packed, count, raw, wholeBlockBytes());
            if (produced >= length) {
                return produced;
            }
        }
        return Decompressors.inflate(scratch.inflater, packed, count, raw, length);
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
