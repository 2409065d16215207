package landcover.raster.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Deflater;
import landcover.raster.DataType;

/**
 * Encodes one tile: float planes → little-endian samples (integers clamped to the type's range,
 * fractions truncated), predictor applied, then Deflate. Tiles past the image edge are padded with
 * zeros. Per-thread buffers and Deflater, as in {@link Scratch}. Stateless and thread-safe.
 */
final class TileEncoder {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private final DataType type;
    private final int size;
    private final int predictor;
    private final Compression compression;
    private final int level;

    TileEncoder(DataType type, int size, int predictor, Compression compression, int level) {
        this.type = type;
        this.size = size;
        this.predictor = predictor;
        this.compression = compression;
        this.level = level;
    }

    /**
     * The stored bytes of tile ({@code tileCol}, {@code tileRow}) holding {@code planes}
     * (one plane: a band-interleaved tile; several: pixel-interleaved samples).
     */
    byte[] encode(float[][] planes, int width, int height, int tileCol, int tileRow) {
        Buffers buffers = BUFFERS.get();
        int spp = planes.length;
        int rowBytes = size * spp * type.bytes();
        byte[] raw = buffers.raw(rowBytes * size);
        Arrays.fill(raw, 0, rowBytes * size, (byte) 0);
        int c0 = tileCol * size;
        int cols = Math.min(size, width - c0);
        int rows = Math.min(size, height - tileRow * size);
        for (int r = 0; r < rows; r++) {
            int from = (tileRow * size + r) * width + c0;
            for (int s = 0; s < spp; s++) {
                pack(planes[s], from, cols, raw, r * rowBytes + s * type.bytes(), spp);
            }
            if (predictor == 2) {
                difference(raw, r * rowBytes, size * spp, spp);
            } else if (predictor == 3) {
                byte[] row = buffers.row(rowBytes);
                System.arraycopy(raw, r * rowBytes, row, 0, rowBytes);
                FloatPredictor.encodeRow(row, size * spp, spp, raw, r * rowBytes);
            }
        }
        int length = rowBytes * size;
        return compression == Compression.NONE ? Arrays.copyOf(raw, length) : buffers.deflate(raw, length, level);
    }

    private void pack(float[] plane, int from, int cols, byte[] raw, int at, int stride) {
        int step = stride * type.bytes();
        int p = at;
        switch (type) {
            case UINT8 -> {
                for (int i = 0; i < cols; i++, p += step) {
                    raw[p] = (byte) Math.min(255, Math.max(0, (int) plane[from + i]));
                }
            }
            case UINT16 -> {
                for (int i = 0; i < cols; i++, p += step) {
                    SHORT.set(raw, p, (short) Math.min(65535, Math.max(0, (int) plane[from + i])));
                }
            }
            case INT16 -> {
                for (int i = 0; i < cols; i++, p += step) {
                    SHORT.set(raw, p, (short) Math.min(32767, Math.max(-32768, (int) plane[from + i])));
                }
            }
            case FLOAT32 -> {
                for (int i = 0; i < cols; i++, p += step) {
                    INT.set(raw, p, Float.floatToRawIntBits(plane[from + i]));
                }
            }
        }
    }

    /** Predictor 2 in place over one row of {@code samples} samples, {@code stride} per pixel. */
    private void difference(byte[] raw, int at, int samples, int stride) {
        switch (type.bytes()) {
            case 1 -> {
                for (int i = at + samples - 1; i >= at + stride; i--) {
                    raw[i] -= raw[i - stride];
                }
            }
            case 2 -> {
                for (int i = samples - 1; i >= stride; i--) {
                    int p = at + 2 * i;
                    SHORT.set(raw, p, (short) ((short) SHORT.get(raw, p) - (short) SHORT.get(raw, p - 2 * stride)));
                }
            }
            default -> {
                for (int i = samples - 1; i >= stride; i--) {
                    int p = at + 4 * i;
                    INT.set(raw, p, (int) INT.get(raw, p) - (int) INT.get(raw, p - 4 * stride));
                }
            }
        }
    }

    /** Per-thread buffers and Deflater; touched only by their thread. */
    private static final class Buffers {
        private Deflater deflater;
        private byte[] raw = new byte[0];
        private byte[] row = new byte[0];
        private byte[] out = new byte[0];

        byte[] raw(int n) {
            if (raw.length < n) {
                raw = new byte[n];
            }
            return raw;
        }

        byte[] row(int n) {
            if (row.length < n) {
                row = new byte[n];
            }
            return row;
        }

        byte[] deflate(byte[] input, int length, int level) {
            if (deflater == null) {
                deflater = new Deflater(level);
            }
            deflater.reset();
            deflater.setLevel(level);
            deflater.setInput(input, 0, length);
            deflater.finish();
            if (out.length < length + length / 100 + 1024) {
                out = new byte[length + length / 100 + 1024];
            }
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        }
    }
}
