package landcover.raster.tiff;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Block decompressors: Deflate (zlib), TIFF LZW and PackBits. Each fills {@code dst[0, want)} and
 * returns how many bytes it produced (fewer than {@code want} when the data ends early). They throw
 * {@link IllegalArgumentException} on corrupt input; the caller adds the file and block.
 */
final class Decompressors {
    private static final int LZW_CLEAR = 256;
    private static final int LZW_EOI = 257;

    private Decompressors() {}

    static int inflate(Inflater inflater, byte[] src, int srcLength, byte[] dst, int want) {
        inflater.reset();
        inflater.setInput(src, 0, srcLength);
        int n = 0;
        try {
            while (n < want) {
                int k = inflater.inflate(dst, n, want - n);
                if (k == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt Deflate data: " + e.getMessage(), e);
        }
        return n;
    }

    /**
     * TIFF LZW (TIFF 6.0 section 13): MSB-first codes of 9-12 bits, widened one code early. Every
     * table string is a run of bytes already written to {@code dst} (the previous string plus the
     * first byte of the next), so the table holds offsets and lengths instead of byte strings.
     */
    static int lzw(byte[] src, int srcLength, byte[] dst, int want, int[] start, int[] length) {
        long bitBuffer = 0;
        int bitCount = 0;
        int in = 0;
        int out = 0;
        int width = 9;
        int next = 258;
        int prevStart = -1;
        int prevLength = 0;
        while (out < want) {
            while (bitCount < width && in < srcLength) {
                bitBuffer = (bitBuffer << 8) | (src[in++] & 0xFF);
                bitCount += 8;
            }
            if (bitCount < width) {
                break;
            }
            int code = (int) (bitBuffer >>> (bitCount - width)) & ((1 << width) - 1);
            bitCount -= width;
            if (code == LZW_EOI) {
                break;
            }
            if (code == LZW_CLEAR) {
                width = 9;
                next = 258;
                prevStart = -1;
                continue;
            }
            int curStart = out;
            int curLength;
            if (code < 256) {
                dst[out++] = (byte) code;
                curLength = 1;
            } else if (code < next && prevStart >= 0) {
                curLength = Math.min(length[code], want - out);
                System.arraycopy(dst, start[code], dst, out, curLength);
                out += curLength;
            } else if (code == next && prevStart >= 0) {
                curLength = Math.min(prevLength + 1, want - out);
                System.arraycopy(dst, prevStart, dst, out, Math.min(prevLength, curLength));
                if (curLength > prevLength) {
                    dst[out + prevLength] = dst[prevStart];
                }
                out += curLength;
            } else {
                throw new IllegalArgumentException("corrupt LZW data: code " + code + " before it was defined");
            }
            if (prevStart >= 0 && next < 4096) {
                start[next] = prevStart;
                length[next] = prevLength + 1;
                next++;
                if (next >= (1 << width) - 1 && width < 12) {
                    width++;
                }
            }
            prevStart = curStart;
            prevLength = curLength;
        }
        return out;
    }

    static int packBits(byte[] src, int srcLength, byte[] dst, int want) {
        int in = 0;
        int out = 0;
        while (in < srcLength && out < want) {
            int n = src[in++];
            if (n >= 0) {
                int k = Math.min(Math.min(n + 1, srcLength - in), want - out);
                System.arraycopy(src, in, dst, out, k);
                in += n + 1;
                out += k;
            } else if (n != -128 && in < srcLength) {
                int k = Math.min(1 - n, want - out);
                byte b = src[in++];
                for (int i = 0; i < k; i++) {
                    dst[out++] = b;
                }
            }
        }
        return out;
    }
}
