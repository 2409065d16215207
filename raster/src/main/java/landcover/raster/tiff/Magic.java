package landcover.raster.tiff;

import java.util.HexFormat;

/** Recognises files by their first bytes, to say what a file is when it is not a TIFF. */
final class Magic {
    private Magic() {}

    /** True when the bytes start like a classic TIFF or a BigTIFF, in either byte order. */
    static boolean isTiff(byte[] head, int length) {
        if (length < 4) {
            return false;
        }
        boolean le = head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0;
        boolean be = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return le || be;
    }

    /** A short description of what the head looks like, e.g. "a JPEG 2000 file". */
    static String describe(byte[] head) {
        if (starts(head, 0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20) || starts(head, 0xFF, 0x4F, 0xFF, 0x51)) {
            return "it is a JPEG 2000 file";
        }
        if (starts(head, 0x89, 'P', 'N', 'G')) {
            return "it is a PNG file";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "it is a JPEG file";
        }
        if (starts(head, 'P', 'K', 3, 4)) {
            return "it is a ZIP archive";
        }
        if (starts(head, 0x89, 'H', 'D', 'F')) {
            return "it is an HDF5/NetCDF-4 file";
        }
        int n = Math.min(head.length, 4);
        return n == 0 ? "it is empty" : "starts with bytes " + HexFormat.of().formatHex(head, 0, n);
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
