package landcover.raster.tiff;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How {@link CogWriter} lays out a Cloud-Optimized GeoTIFF. Start from {@link #defaults()} and
 * change what you need with the {@code with…} methods.
 *
 * @param blockSize tile width and height in pixels, a multiple of 16 from 16 to 4096; default 512
 *     (measured: see docs/benchmarks.md, GeoTIFF section)
 * @param compression {@link Compression#DEFLATE} (default) or {@link Compression#NONE}
 * @param deflateLevel zlib level 1-9; default 6, as GDAL
 * @param predictor 0 to choose (2 for integers, 3 for floats: measured smaller and no slower to
 *     decode), or 1 none, 2 horizontal differencing, 3 floating point (FLOAT32 only)
 * @param overviews whether to add internal overviews, halving until the smallest fits one tile
 * @param resampling overview resampling; empty chooses {@link Resampling#MODE} for rasters written
 *     with a colour table (class rasters) and {@link Resampling#AVERAGE} otherwise
 * @param colorTable a palette for a single-band UINT8 or UINT16 raster (written as Photometric
 *     Palette), e.g. {@link ColorTable#of(landcover.domain.ClassScheme)}
 * @param photometric empty chooses Palette with a colour table, else MinIsBlack; {@link
 *     Photometric#RGB} is allowed for 3 or more UINT8 bands
 * @param interleave band layout of multi-band rasters; default {@link Interleave#BAND}, so a reader
 *     of some bands skips the others' tiles
 * @param bigTiff force BigTIFF; otherwise it is used only when the file would pass 4 GiB
 * @param metadata dataset metadata items, written to GDAL_METADATA (shown by {@code gdalinfo} under
 *     "Metadata", in key order); the key {@code TIFFTAG_IMAGEDESCRIPTION} goes to the TIFF
 *     ImageDescription tag instead, as GDAL does; default none
 */
public record CogOptions(
        int blockSize,
        Compression compression,
        int deflateLevel,
        int predictor,
        boolean overviews,
        Optional<Resampling> resampling,
        Optional<ColorTable> colorTable,
        Optional<Photometric> photometric,
        Interleave interleave,
        boolean bigTiff,
        Map<String, String> metadata) {

    public CogOptions {
        if (blockSize < 16 || blockSize > 4096 || blockSize % 16 != 0) {
            throw new IllegalArgumentException("blockSize must be a multiple of 16 in 16-4096, not " + blockSize);
        }
        if (compression != Compression.DEFLATE && compression != Compression.NONE) {
            throw new IllegalArgumentException("can write DEFLATE or NONE, not " + compression);
        }
        if (deflateLevel < 1 || deflateLevel > 9) {
            throw new IllegalArgumentException("deflateLevel must be 1-9, not " + deflateLevel);
        }
        if (predictor < 0 || predictor > 3) {
            throw new IllegalArgumentException("predictor must be 0 (auto), 1, 2 or 3, not " + predictor);
        }
        Objects.requireNonNull(resampling, "resampling");
        Objects.requireNonNull(colorTable, "colorTable");
        Objects.requireNonNull(photometric, "photometric");
        Objects.requireNonNull(interleave, "interleave");
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }

    /** 512 × 512 Deflate tiles, automatic predictor, overviews, band-interleaved. */
    public static CogOptions defaults() {
        return new CogOptions(
                512,
                Compression.DEFLATE,
                6,
                0,
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Interleave.BAND,
                false,
                Map.of());
    }

    public CogOptions withBlockSize(int size) {
        return new CogOptions(
                size,
                compression,
                deflateLevel,
                predictor,
                overviews,
                resampling,
                colorTable,
                photometric,
                interleave,
                bigTiff,
                metadata);
    }

    public CogOptions withCompression(Compression c, int level) {
        return new CogOptions(
                blockSize,
                c,
                level,
                predictor,
                overviews,
                resampling,
                colorTable,
                photometric,
                interleave,
                bigTiff,
                metadata);
    }

    public CogOptions withPredictor(int p) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                p,
                overviews,
                resampling,
                colorTable,
                photometric,
                interleave,
                bigTiff,
                metadata);
    }

    /** Overviews on or off, with a resampling (null to choose automatically). */
    public CogOptions withOverviews(boolean on, Resampling r) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                predictor,
                on,
                Optional.ofNullable(r),
                colorTable,
                photometric,
                interleave,
                bigTiff,
                metadata);
    }

    /** A palette (null for none). */
    public CogOptions withColorTable(ColorTable table) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                predictor,
                overviews,
                resampling,
                Optional.ofNullable(table),
                photometric,
                interleave,
                bigTiff,
                metadata);
    }

    /** A colour interpretation (null to choose automatically). */
    public CogOptions withPhotometric(Photometric p) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                predictor,
                overviews,
                resampling,
                colorTable,
                Optional.ofNullable(p),
                interleave,
                bigTiff,
                metadata);
    }

    public CogOptions withInterleave(Interleave i) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                predictor,
                overviews,
                resampling,
                colorTable,
                photometric,
                i,
                bigTiff,
                metadata);
    }

    /** Dataset metadata items (replacing any set before); see {@link #metadata()}. */
    public CogOptions withMetadata(Map<String, String> items) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                predictor,
                overviews,
                resampling,
                colorTable,
                photometric,
                interleave,
                bigTiff,
                items);
    }

    public CogOptions withBigTiff(boolean on) {
        return new CogOptions(
                blockSize,
                compression,
                deflateLevel,
                predictor,
                overviews,
                resampling,
                colorTable,
                photometric,
                interleave,
                on,
                metadata);
    }
}
