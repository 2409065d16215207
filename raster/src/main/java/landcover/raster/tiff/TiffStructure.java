package landcover.raster.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The parsed structure of a TIFF: its header, the full-resolution image, its overviews and the
 * {@link GeoTiffInfo} that describes them. Built once at open, then only queried.
 */
final class TiffStructure {
    private static final int MAX_IFDS = 1000;

    private final List<ImageLevel> levels;
    private final GeoTiffInfo info;

    private TiffStructure(List<ImageLevel> levels, GeoTiffInfo info) {
        this.levels = levels;
        this.info = info;
    }

    /** Level 0 is the full-resolution image, 1.. the overviews, largest first. */
    ImageLevel level(int index) {
        return levels.get(index);
    }

    GeoTiffInfo info() {
        return info;
    }

    static TiffStructure parse(TiffSource source) {
        boolean bigTiff = readHeader(source);
        long offset = firstIfdOffset(source, bigTiff);
        List<Ifd> ifds = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (offset != 0 && ifds.size() < MAX_IFDS) {
            if (!seen.add(offset)) {
                throw source.fail("corrupt TIFF: IFD chain loops back to byte " + offset);
            }
            Ifd ifd = Ifd.parse(source, offset, bigTiff);
            ifds.add(ifd);
            offset = ifd.next();
        }
        if (ifds.isEmpty()) {
            throw source.fail("corrupt TIFF: no image directory");
        }
        Ifd main = ifds.getFirst();
        ImageLevel full = LevelParser.parse(source, main);
        List<ImageLevel> levels = new ArrayList<>(List.of(full));
        for (Ifd ifd : ifds.subList(1, ifds.size())) {
            long type = ifd.longValue(Tags.NEW_SUBFILE_TYPE, 0);
            boolean overview = (type & 1) != 0 && (type & 4) == 0;
            if (overview && LevelParser.sameSamples(ifd, main)) {
                levels.add(LevelParser.parse(source, ifd));
            }
        }
        return new TiffStructure(List.copyOf(levels), describe(main, levels, bigTiff));
    }

    private static boolean readHeader(TiffSource source) {
        byte[] head = source.head();
        if (head.length < 8) {
            throw source.fail("not a TIFF file: only " + head.length + " bytes");
        }
        if (head[0] == 'I' && head[1] == 'I') {
            source.order(ByteOrder.LITTLE_ENDIAN);
        } else if (head[0] == 'M' && head[1] == 'M') {
            source.order(ByteOrder.BIG_ENDIAN);
        } else {
            throw source.fail("not a TIFF file (" + Magic.describe(head) + ")");
        }
        int magic = ByteBuffer.wrap(head, 2, 2).order(source.order()).getShort();
        return switch (magic) {
            case 42 -> false;
            case 43 -> true;
            default -> throw source.fail("not a TIFF file: bad version " + magic + " after the byte-order mark");
        };
    }

    private static long firstIfdOffset(TiffSource source, boolean bigTiff) {
        if (!bigTiff) {
            return Integer.toUnsignedLong(source.read(4, 4).getInt());
        }
        if (source.size() < 16) {
            throw source.fail("truncated BigTIFF header");
        }
        return source.read(8, 8).getLong();
    }

    private static GeoTiffInfo describe(Ifd main, List<ImageLevel> levels, boolean bigTiff) {
        ImageLevel full = levels.getFirst();
        GeoKeys.Georef georef = GeoKeys.read(main);
        OptionalDouble nodata = GdalMetadata.nodata(main.string(Tags.GDAL_NODATA));
        List<GeoTiffInfo.Overview> overviews = new ArrayList<>();
        for (ImageLevel level : levels.subList(1, levels.size())) {
            overviews.add(
                    new GeoTiffInfo.Overview(level.width(), level.height(), level.blockWidth(), level.blockHeight()));
        }
        Optional<ColorTable> colors = full.photometric() == Photometric.PALETTE
                ? LevelParser.colorTable(main, full.dataType().bits(), nodata)
                : Optional.empty();
        return new GeoTiffInfo(
                full.width(),
                full.height(),
                full.samplesPerPixel(),
                full.dataType(),
                georef.epsg(),
                georef.gridCrs(),
                georef.transform(),
                georef.pixelIsPoint(),
                nodata,
                overviews,
                full.tiled(),
                full.blockWidth(),
                full.blockHeight(),
                full.compression(),
                full.predictor(),
                full.interleave(),
                full.photometric(),
                colors,
                GdalMetadata.descriptions(main.string(Tags.GDAL_METADATA), full.samplesPerPixel()),
                bigTiff);
    }
}
