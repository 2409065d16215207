package landcover.raster.tiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;

/**
 * {@link CogOptions} resolved for one raster: the automatic choices made, combinations checked, and
 * the tags every IFD shares.
 */
record CogPlan(
        Raster raster,
        DataType type,
        int blockSize,
        Compression compression,
        int deflateLevel,
        int predictor,
        Resampling resampling,
        Photometric photometric,
        ColorTable colorTable,
        boolean interleaveBands,
        boolean bigTiff,
        double nodata,
        Map<String, String> metadata) {

    /** The metadata key GDAL maps to the TIFF ImageDescription tag. */
    static final String IMAGE_DESCRIPTION = "TIFFTAG_IMAGEDESCRIPTION";

    static CogPlan of(Raster raster, CogOptions options, String target) {
        DataType type = raster.dataType();
        ColorTable colors = options.colorTable().orElse(null);
        Photometric photometric =
                options.photometric().orElse(colors != null ? Photometric.PALETTE : Photometric.MIN_IS_BLACK);
        check(raster, photometric, colors, target);
        int predictor = options.predictor() != 0 ? options.predictor() : type == DataType.FLOAT32 ? 3 : 2;
        if (options.compression() == Compression.NONE) {
            predictor = 1;
        }
        if (predictor == 3 && type != DataType.FLOAT32) {
            throw new RasterException(target, "predictor 3 is for Float32 rasters, this one is " + type.gdalName());
        }
        Resampling resampling = options.overviews()
                ? options.resampling().orElse(photometric == Photometric.PALETTE ? Resampling.MODE : Resampling.AVERAGE)
                : null;
        return new CogPlan(
                raster,
                type,
                options.blockSize(),
                options.compression(),
                options.deflateLevel(),
                predictor,
                resampling,
                photometric,
                colors,
                options.interleave() == Interleave.BAND || raster.bandCount() == 1,
                options.bigTiff(),
                raster.nodata().orElse(Double.NaN),
                options.metadata());
    }

    private static void check(Raster raster, Photometric photometric, ColorTable colors, String target) {
        if (photometric == Photometric.PALETTE
                && (colors == null
                        || raster.bandCount() != 1
                        || (raster.dataType() != DataType.UINT8 && raster.dataType() != DataType.UINT16))) {
            throw new RasterException(target, "a colour table needs one UINT8 or UINT16 band");
        }
        if (photometric == Photometric.PALETTE
                && colors.size() > (1 << raster.dataType().bits())) {
            throw new RasterException(
                    target,
                    "colour table of " + colors.size() + " entries for "
                            + raster.dataType().gdalName() + " samples");
        }
        if (photometric == Photometric.RGB && raster.bandCount() < 3) {
            throw new RasterException(target, "RGB needs at least 3 bands, the raster has " + raster.bandCount());
        }
    }

    int planes() {
        return interleaveBands ? raster.bandCount() : 1;
    }

    /** Tags shared by every level: sample layout, compression, tiling, palette, nodata. */
    IfdBuilder baseIfd(boolean big, boolean overview) {
        int bands = raster.bandCount();
        int[] bits = new int[bands];
        int[] formats = new int[bands];
        java.util.Arrays.fill(bits, type.bits());
        java.util.Arrays.fill(formats, type == DataType.FLOAT32 ? 3 : type == DataType.INT16 ? 2 : 1);
        IfdBuilder ifd = new IfdBuilder(big)
                .longs(Tags.NEW_SUBFILE_TYPE, overview ? 1 : 0)
                .shorts(Tags.BITS_PER_SAMPLE, bits)
                .shorts(Tags.COMPRESSION, compression.code())
                .shorts(Tags.PHOTOMETRIC, photometric.code())
                .shorts(Tags.SAMPLES_PER_PIXEL, bands)
                .shorts(Tags.PLANAR_CONFIG, interleaveBands && bands > 1 ? 2 : 1)
                .integer(Tags.TILE_WIDTH, blockSize)
                .integer(Tags.TILE_LENGTH, blockSize)
                .shorts(Tags.SAMPLE_FORMAT, formats);
        if (predictor != 1) {
            ifd.shorts(Tags.PREDICTOR, predictor);
        }
        int extra = bands - (photometric == Photometric.RGB ? 3 : 1);
        if (extra > 0) {
            ifd.shorts(Tags.EXTRA_SAMPLES, new int[extra]);
        }
        if (colorTable != null) {
            ifd.shorts(Tags.COLOR_MAP, colorMap());
        }
        raster.nodata().ifPresent(v -> ifd.ascii(Tags.GDAL_NODATA, GdalMetadata.nodataText(v)));
        return ifd;
    }

    /** The TIFF ColorMap: all reds, then greens, then blues, 16 bits each (8-bit value × 257). */
    private int[] colorMap() {
        int n = 1 << type.bits();
        int[] map = new int[3 * n];
        for (int i = 0; i < Math.min(n, colorTable.size()); i++) {
            map[i] = colorTable.red(i) * 257;
            map[n + i] = colorTable.green(i) * 257;
            map[2 * n + i] = colorTable.blue(i) * 257;
        }
        return map;
    }

    /** GeoKeys, the transform and band descriptions: full-resolution IFD only. */
    void addGeoreferencing(IfdBuilder ifd) {
        GeoTransform t = raster.grid().transform();
        if (t.isNorthUp() && t.pixelHeight() < 0) {
            ifd.doubles(Tags.MODEL_PIXEL_SCALE, t.pixelWidth(), -t.pixelHeight(), 0);
            ifd.doubles(Tags.MODEL_TIEPOINT, 0, 0, 0, t.originX(), t.originY(), 0);
        } else {
            ifd.doubles(
                    Tags.MODEL_TRANSFORMATION,
                    t.pixelWidth(),
                    t.rotationX(),
                    0,
                    t.originX(),
                    t.rotationY(),
                    t.pixelHeight(),
                    0,
                    t.originY(),
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    1);
        }
        ifd.shorts(Tags.GEO_KEY_DIRECTORY, geoKeys(raster.grid().crs()));
        Map<String, String> items = new TreeMap<>(metadata);
        String description = items.remove(IMAGE_DESCRIPTION);
        if (description != null) {
            ifd.ascii(Tags.IMAGE_DESCRIPTION, description);
        }
        String xml = GdalMetadata.forItems(items, descriptions());
        if (xml != null) {
            ifd.ascii(Tags.GDAL_METADATA, xml);
        }
    }

    /**
     * GeoKeys naming the CRS by EPSG code alone; GDAL fills in the definition. Codes 4000-4999 are
     * written as geographic CRSs (where EPSG puts geographic 2D systems, WGS 84 = 4326 among them),
     * all others as projected.
     */
    static int[] geoKeys(EpsgCode crs) {
        boolean geographic = crs.code() >= 4000 && crs.code() <= 4999;
        return new int[] {
            1,
            1,
            0,
            3,
            GeoKeys.MODEL_TYPE,
            0,
            1,
            geographic ? GeoKeys.MODEL_GEOGRAPHIC : GeoKeys.MODEL_PROJECTED,
            GeoKeys.RASTER_TYPE,
            0,
            1,
            1,
            geographic ? GeoKeys.GEOGRAPHIC_TYPE : GeoKeys.PROJECTED_TYPE,
            0,
            1,
            crs.code()
        };
    }

    /** Band names as descriptions, unless they are the default {@code band1…} names. */
    private List<String> descriptions() {
        List<String> names = raster.bandNames();
        if (names.equals(GeoTiffInfo.defaultBandNames(names.size()))) {
            return Collections.nCopies(names.size(), "");
        }
        return new ArrayList<>(names);
    }
}
