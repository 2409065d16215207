package landcover.raster.tiff;

/**
 * TIFF predictor 3 (Adobe TIFF Technical Note 3, libtiff's fpAcc/fpDiff) for 4-byte floats: a row
 * of {@code n} samples is stored as four byte planes, most significant first, then byte-wise
 * differenced with a stride of the samples per pixel. The plane order is fixed, so the file's byte
 * order does not matter; we always produce and consume little-endian samples.
 */
final class FloatPredictor {
    private FloatPredictor() {}

    /** Undoes the predictor of one row: {@code src[at, at+4n)} → little-endian floats in {@code dst[0, 4n)}. */
    static void decodeRow(byte[] src, int at, int samples, int stride, byte[] dst) {
        int bytes = samples * 4;
        for (int i = at + stride; i < at + bytes; i++) {
            src[i] += src[i - stride];
        }
        for (int i = 0; i < samples; i++) {
            dst[4 * i + 3] = src[at + i];
            dst[4 * i + 2] = src[at + samples + i];
            dst[4 * i + 1] = src[at + 2 * samples + i];
            dst[4 * i] = src[at + 3 * samples + i];
        }
    }

    /** Applies the predictor to one row: little-endian floats {@code src[0, 4n)} → {@code dst[at, at+4n)}. */
    static void encodeRow(byte[] src, int samples, int stride, byte[] dst, int at) {
        for (int i = 0; i < samples; i++) {
            dst[at + i] = src[4 * i + 3];
            dst[at + samples + i] = src[4 * i + 2];
            dst[at + 2 * samples + i] = src[4 * i + 1];
            dst[at + 3 * samples + i] = src[4 * i];
        }
        for (int i = at + samples * 4 - 1; i >= at + stride; i--) {
            dst[i] -= dst[i - stride];
        }
    }
}
