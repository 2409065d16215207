package landcover.raster.tiff;

import java.util.zip.Inflater;

/**
 * Per-thread buffers and the Inflater reused by every block a thread decodes: allocating a fresh
 * Inflater (native zlib state) and megabyte buffers per tile cost more than decoding small tiles.
 * Only ever touched by its own thread.
 */
final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    final Inflater inflater = new Inflater();
    private byte[] compressed = new byte[0];
    private byte[] raw = new byte[0];
    private byte[] row = new byte[0];
    private int[] lzwStart = new int[4096];
    private int[] lzwLength = new int[4096];

    static Scratch get() {
        return LOCAL.get();
    }

    byte[] compressed(int size) {
        if (compressed.length < size) {
            compressed = new byte[size];
        }
        return compressed;
    }

    byte[] raw(int size) {
        if (raw.length < size) {
            raw = new byte[size];
        }
        return raw;
    }

    byte[] row(int size) {
        if (row.length < size) {
            row = new byte[size];
        }
        return row;
    }

    int[] lzwStart() {
        return lzwStart;
    }

    int[] lzwLength() {
        return lzwLength;
    }
}
