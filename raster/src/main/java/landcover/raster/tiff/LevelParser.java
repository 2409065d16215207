package landcover.raster.tiff;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import landcover.raster.DataType;

/** Turns an {@link Ifd} into an {@link ImageLevel}, rejecting what this codec cannot decode. */
final class LevelParser {
    private LevelParser() {}

    static ImageLevel parse(TiffSource source, Ifd ifd) {
        int width = positive(source, ifd, Tags.IMAGE_WIDTH, "ImageWidth");
        int height = positive(source, ifd, Tags.IMAGE_LENGTH, "ImageLength");
        int spp = (int) ifd.longValue(Tags.SAMPLES_PER_PIXEL, 1);
        DataType type = dataType(source, ifd);
        Compression compression = compression(source, ifd);
        Interleave interleave =
                ifd.longValue(Tags.PLANAR_CONFIG, 1) == 2 && spp > 1 ? Interleave.BAND : Interleave.PIXEL;
        Photometric photometric = photometric(source, ifd);
        int predictor = predictor(source, ifd, type);
        boolean tiled = ifd.has(Tags.TILE_WIDTH);
        int blockWidth = tiled ? positive(source, ifd, Tags.TILE_WIDTH, "TileWidth") : width;
        int blockHeight = tiled
                ? positive(source, ifd, Tags.TILE_LENGTH, "TileLength")
                : (int) Math.max(1, Math.min(height, ifd.longValue(Tags.ROWS_PER_STRIP, height)));
        long[] offsets = ifd.longs(tiled ? Tags.TILE_OFFSETS : Tags.STRIP_OFFSETS);
        long[] counts = ifd.longs(tiled ? Tags.TILE_BYTE_COUNTS : Tags.STRIP_BYTE_COUNTS);
        if (spp < 1 || spp > 65535) {
            throw source.fail("corrupt TIFF: SamplesPerPixel " + spp);
        }
        ImageLevel level = new ImageLevel(
                width,
                height,
                spp,
                type,
                compression,
                predictor,
                interleave,
                photometric,
                tiled,
                blockWidth,
                blockHeight,
                offsets,
                counts,
                ifd.offset());
        checkBlocks(source, level);
        return level;
    }

    /** True when an overview IFD has the same bands and sample type as the main image. */
    static boolean sameSamples(Ifd ifd, Ifd main) {
        return ifd.longValue(Tags.SAMPLES_PER_PIXEL, 1) == main.longValue(Tags.SAMPLES_PER_PIXEL, 1)
                && Arrays.equals(ifd.longs(Tags.BITS_PER_SAMPLE), main.longs(Tags.BITS_PER_SAMPLE))
                && ifd.longValue(Tags.SAMPLE_FORMAT, 1) == main.longValue(Tags.SAMPLE_FORMAT, 1);
    }

    /**
     * The TIFF ColorMap as GDAL reads it: 16-bit channels divided by 257 (or taken as they are when
     * every value fits 8 bits, as some writers store them), the nodata entry transparent.
     */
    static Optional<ColorTable> colorTable(Ifd ifd, int bits, OptionalDouble nodata) {
        long[] map = ifd.longs(Tags.COLOR_MAP);
        int n = 1 << bits;
        if (map == null || bits > 16 || map.length < 3 * n) {
            return Optional.empty();
        }
        long max = Arrays.stream(map, 0, 3 * n).max().orElse(0);
        int divisor = max < 256 ? 1 : 257;
        int transparent = nodata.isPresent() ? (int) nodata.getAsDouble() : -1;
        int[] argb = new int[n];
        for (int i = 0; i < n; i++) {
            int r = (int) (map[i] / divisor);
            int g = (int) (map[n + i] / divisor);
            int b = (int) (map[2 * n + i] / divisor);
            int a = i == transparent ? 0 : 255;
            argb[i] = (a << 24) | (r << 16) | (g << 8) | b;
        }
        return Optional.of(ColorTable.ofArgb(argb));
    }

    private static DataType dataType(TiffSource source, Ifd ifd) {
        long[] bits = ifd.longs(Tags.BITS_PER_SAMPLE);
        long[] formats = ifd.longs(Tags.SAMPLE_FORMAT);
        int b = bits == null ? 1 : (int) bits[0];
        int f = formats == null ? 1 : (int) formats[0];
        if ((bits != null && Arrays.stream(bits).anyMatch(x -> x != b))
                || (formats != null && Arrays.stream(formats).anyMatch(x -> x != f))) {
            throw source.fail("unsupported: bands of different sample types");
        }
        if (f == 1 && b == 8) {
            return DataType.UINT8;
        } else if (f == 1 && b == 16) {
            return DataType.UINT16;
        } else if (f == 2 && b == 16) {
            return DataType.INT16;
        } else if (f == 3 && b == 32) {
            return DataType.FLOAT32;
        }
        String kind = switch (f) {
            case 1 -> "unsigned integer";
            case 2 -> "signed integer";
            case 3 -> "floating point";
            default -> "format " + f;
        };
        throw source.fail("unsupported sample type: " + b + "-bit " + kind
                + " (supported: 8-bit unsigned, 16-bit signed/unsigned, 32-bit float)");
    }

    private static Compression compression(TiffSource source, Ifd ifd) {
        int code = (int) ifd.longValue(Tags.COMPRESSION, 1);
        return Compression.ofCode(code)
                .orElseThrow(() -> source.fail("unsupported compression " + compressionName(code)
                        + " (supported: none, LZW, Deflate, PackBits)"));
    }

    static String compressionName(int code) {
        return switch (code) {
            case 2 -> "CCITT RLE (2)";
            case 3, 4 -> "CCITT fax (" + code + ")";
            case 6 -> "old-style JPEG (6)";
            case 7 -> "JPEG (7)";
            case 34712 -> "JPEG 2000 (34712)";
            case 34887 -> "LERC (34887)";
            case 34925 -> "LZMA (34925)";
            case 50000 -> "ZSTD (50000)";
            case 50001 -> "WebP (50001)";
            case 50002 -> "JPEG XL (50002)";
            default -> "code " + code;
        };
    }

    private static Photometric photometric(TiffSource source, Ifd ifd) {
        int code = (int) ifd.longValue(Tags.PHOTOMETRIC, 1);
        return Photometric.ofCode(code)
                .orElseThrow(() ->
                        source.fail("unsupported photometric interpretation " + code + (code == 6 ? " (YCbCr)" : "")));
    }

    private static int predictor(TiffSource source, Ifd ifd, DataType type) {
        int predictor = (int) ifd.longValue(Tags.PREDICTOR, 1);
        if (predictor == 1 || predictor == 2 || (predictor == 3 && type == DataType.FLOAT32)) {
            return predictor;
        }
        throw source.fail("unsupported predictor " + predictor + " for " + type.gdalName() + " samples");
    }

    private static int positive(TiffSource source, Ifd ifd, int tag, String name) {
        long v = ifd.longValue(tag, -1);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw source.fail("corrupt TIFF: " + name + (v < 0 ? " missing" : " is " + v));
        }
        return (int) v;
    }

    private static void checkBlocks(TiffSource source, ImageLevel level) {
        long expected = (long) level.planes() * level.blocksPerPlane();
        long[] offsets = level.offsets();
        long[] counts = level.byteCounts();
        if (offsets == null || counts == null || offsets.length < expected || counts.length < expected) {
            throw source.fail("corrupt TIFF: expected " + expected + (level.tiled() ? " tile" : " strip")
                    + " offsets and byte counts");
        }
        for (int i = 0; i < expected; i++) {
            if (offsets[i] != 0 && counts[i] != 0 && offsets[i] + counts[i] > source.size()) {
                throw source.fail("truncated: " + (level.tiled() ? "tile " : "strip ") + i + " ends at byte "
                        + (offsets[i] + counts[i]) + " but the file has " + source.size() + " bytes");
            }
        }
    }
}
