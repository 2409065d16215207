package landcover.raster.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import landcover.raster.DataType;

/**
 * Decode kernels: one row of one band from little-endian block bytes into a float plane, with
 * TIFF predictor 2 (horizontal differencing) undone on the way. Samples of a pixel-interleaved
 * block sit {@code stride} samples apart; {@code skip} leading columns are decoded (the predictor
 * needs them) but not stored. One loop per type so the JIT sees monomorphic, branch-free bodies;
 * the VarHandles are static final, which is what lets them compile to plain loads.
 */
final class Samples {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Samples() {}

    /** A row of samples; see the class comment. {@code at} is the byte offset of the row's first sample. */
    static void row(
            DataType type, boolean diff, byte[] src, int at, int stride, int skip, int count, float[] dst, int to) {
        switch (type) {
            case UINT8 -> uint8(diff, src, at, stride, skip, count, dst, to);
            case UINT16 -> uint16(diff, src, at, stride * 2, skip, count, dst, to);
            case INT16 -> int16(diff, src, at, stride * 2, skip, count, dst, to);
            case FLOAT32 -> float32(diff, src, at, stride * 4, skip, count, dst, to);
        }
    }

    private static void uint8(boolean diff, byte[] src, int at, int step, int skip, int count, float[] dst, int to) {
        int p = at;
        int acc = 0;
        if (diff) {
            for (int i = 0; i < skip; i++, p += step) {
                acc += src[p];
            }
            for (int i = 0; i < count; i++, p += step) {
                acc += src[p];
                dst[to + i] = acc & 0xFF;
            }
        } else {
            p += skip * step;
            for (int i = 0; i < count; i++, p += step) {
                dst[to + i] = src[p] & 0xFF;
            }
        }
    }

    private static void uint16(boolean diff, byte[] src, int at, int step, int skip, int count, float[] dst, int to) {
        int p = at;
        int acc = 0;
        if (diff) {
            for (int i = 0; i < skip; i++, p += step) {
                acc += (short) SHORT.get(src, p);
            }
            for (int i = 0; i < count; i++, p += step) {
                acc += (short) SHORT.get(src, p);
                dst[to + i] = acc & 0xFFFF;
            }
        } else {
            p += skip * step;
            for (int i = 0; i < count; i++, p += step) {
                dst[to + i] = (char) (short) SHORT.get(src, p);
            }
        }
    }

    private static void int16(boolean diff, byte[] src, int at, int step, int skip, int count, float[] dst, int to) {
        int p = at;
        int acc = 0;
        if (diff) {
            for (int i = 0; i < skip; i++, p += step) {
                acc += (short) SHORT.get(src, p);
            }
            for (int i = 0; i < count; i++, p += step) {
                acc += (short) SHORT.get(src, p);
                dst[to + i] = (short) acc;
            }
        } else {
            p += skip * step;
            for (int i = 0; i < count; i++, p += step) {
                dst[to + i] = (short) SHORT.get(src, p);
            }
        }
    }

    private static void float32(boolean diff, byte[] src, int at, int step, int skip, int count, float[] dst, int to) {
        int p = at;
        int acc = 0;
        if (diff) {
            for (int i = 0; i < skip; i++, p += step) {
                acc += (int) INT.get(src, p);
            }
            for (int i = 0; i < count; i++, p += step) {
                acc += (int) INT.get(src, p);
                dst[to + i] = Float.intBitsToFloat(acc);
            }
        } else {
            p += skip * step;
            for (int i = 0; i < count; i++, p += step) {
                dst[to + i] = Float.intBitsToFloat((int) INT.get(src, p));
            }
        }
    }

    /** Reverses the byte order of {@code length} bytes of {@code size}-byte samples in place. */
    static void swap(byte[] buf, int from, int length, int size) {
        if (size == 2) {
            for (int i = from; i + 1 < from + length; i += 2) {
                byte t = buf[i];
                buf[i] = buf[i + 1];
                buf[i + 1] = t;
            }
        } else if (size == 4) {
            for (int i = from; i + 3 < from + length; i += 4) {
                byte t = buf[i];
                buf[i] = buf[i + 3];
                buf[i + 3] = t;
                t = buf[i + 1];
                buf[i + 1] = buf[i + 2];
                buf[i + 2] = t;
            }
        }
    }
}
