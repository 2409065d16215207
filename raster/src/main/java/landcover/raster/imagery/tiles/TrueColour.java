package landcover.raster.imagery.tiles;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * True-colour rendering: red, green and blue reflectance (B04, B03, B02) to 8-bit RGBA with a fixed
 * stretch — reflectance 0 to {@value #MAX_REFLECTANCE} mapped linearly, then gamma {@value #GAMMA}
 * ({@code v = 255 · (r / 0.3)^(1/1.5)}, clamped), which shows Mediterranean land, water and towns
 * much as Sentinel-2's own TCI product does — and pixels without data transparent. Encodes PNG
 * (RGBA, 8 bits, filter "up") without java.desktop. Stateless.
 */
public final class TrueColour {
    public static final double MAX_REFLECTANCE = 0.3;
    public static final double GAMMA = 1.5;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int[] LEVELS = levels();

    private TrueColour() {}

    /** 8-bit level of a reflectance, by a 4096-entry table over 0 to {@value #MAX_REFLECTANCE}. */
    private static int[] levels() {
        int[] table = new int[4097];
        for (int i = 0; i <= 4096; i++) {
            table[i] = (int) Math.round(255 * Math.pow(i / 4096.0, 1 / GAMMA));
        }
        return table;
    }

    /** The display level (0-255) of a reflectance, the stretch above. */
    public static int level(float reflectance) {
        double t = reflectance / MAX_REFLECTANCE;
        if (!(t > 0)) {
            return 0;
        }
        return LEVELS[(int) Math.min(4096, Math.round(t * 4096))];
    }

    /**
     * Packs three reflectance planes into RGBA bytes; a pixel with any NaN (or negative infinity) is
     * transparent.
     */
    public static byte[] rgba(float[] red, float[] green, float[] blue) {
        byte[] out = new byte[red.length * 4];
        for (int i = 0; i < red.length; i++) {
            if (red[i] == red[i] && green[i] == green[i] && blue[i] == blue[i]) {
                out[4 * i] = (byte) level(red[i]);
                out[4 * i + 1] = (byte) level(green[i]);
                out[4 * i + 2] = (byte) level(blue[i]);
                out[4 * i + 3] = (byte) 255;
            }
        }
        return out;
    }

    /** A PNG of RGBA pixels, row-major. */
    public static byte[] png(byte[] rgba, int width, int height) {
        int stride = width * 4;
        byte[] raw = new byte[(stride + 1) * height];
        for (int r = 0; r < height; r++) {
            int at = r * (stride + 1);
            raw[at] = (byte) (r == 0 ? 0 : 2);
            for (int i = 0; i < stride; i++) {
                int above = r == 0 ? 0 : rgba[(r - 1) * stride + i];
                raw[at + 1 + i] = (byte) (rgba[r * stride + i] - (r == 0 ? 0 : above));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 6)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A fully transparent tile. */
    public static byte[] empty(int size) {
        return png(new byte[size * size * 4], size, size);
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
