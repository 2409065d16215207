package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers sharing a cache of decompressed tiles read what uncached readers read (synthetic rasters). */
class BlockCacheTest {
    private static final List<PixelWindow> WINDOWS = List.of(
            new PixelWindow(10, 20, 90, 70), new PixelWindow(60, 40, 120, 100), new PixelWindow(10, 20, 90, 70));

    @TempDir
    Path dir;

    private Path cog(String name, DataType type, CogOptions options) {
        Raster raster = Synthetic.extremes(type, 301, 203, 3, 11, OptionalDouble.empty());
        Path file = dir.resolve(name + ".tif");
        CogWriter.write(raster, file, options);
        return file;
    }

    @Test
    void read_sameWindowsTwice_givesTheUncachedPixels_andDecompressesEachTileOnce() {
        Path file = cog("uint16", DataType.UINT16, CogOptions.defaults().withBlockSize(64));
        BlockCache cache = BlockCache.ofBytes(64L << 20);
        try (GeoTiffReader plain = GeoTiff.open(file);
                GeoTiffReader cached = GeoTiff.open(file, cache)) {
            for (PixelWindow w : WINDOWS) {
                Raster expected = plain.read(w, 0);
                Raster actual = cached.read(w, 0);
                for (int b = 0; b < 3; b++) {
                    assertThat(actual.band(b)).as("band " + b + " of " + w).containsExactly(expected.band(b));
                }
            }
        }
        // Two windows over 64-pixel tiles of 3 bands: the third read (the first again) and the overlap
        // of the second are served from the cache.
        assertThat(cache.hits()).isPositive();
        assertThat(cache.misses()).isEqualTo(cache.bytes() / (64 * 64 * 2));
    }

    @Test
    void read_pixelInterleavedFloats_givesTheUncachedPixels() {
        assertThat(readTwiceBothWays(CogOptions.defaults().withBlockSize(64).withInterleave(Interleave.PIXEL)))
                .isPositive();
    }

    @Test
    void read_floatingPointPredictor_isNotCached_andGivesTheUncachedPixels() {
        // The predictor is undone in place, so its tiles are decompressed for every read.
        assertThat(readTwiceBothWays(CogOptions.defaults().withBlockSize(32).withPredictor(3)))
                .isZero();
    }

    /** Reads {@link #WINDOWS} cached and uncached, asserts equal pixels, returns the cache hits. */
    private long readTwiceBothWays(CogOptions options) {
        Path file = cog("float-" + options.hashCode(), DataType.FLOAT32, options);
        BlockCache cache = BlockCache.ofBytes(64L << 20);
        try (GeoTiffReader plain = GeoTiff.open(file);
                GeoTiffReader cached = GeoTiff.open(file, cache)) {
            for (PixelWindow w : WINDOWS) {
                Raster expected = plain.read(w, 0);
                Raster actual = cached.read(w, 0);
                for (int b = 0; b < 3; b++) {
                    assertThat(actual.band(b)).containsExactly(expected.band(b));
                }
            }
        }
        return cache.hits();
    }

    @Test
    void get_overTheBound_dropsTheLeastRecentlyUsedTiles() {
        Path file = cog("small", DataType.UINT16, CogOptions.defaults().withBlockSize(32));
        long tile = 32 * 32 * 2;
        BlockCache cache = BlockCache.ofBytes(4 * tile);
        try (GeoTiffReader cached = GeoTiff.open(file, cache)) {
            cached.read(new PixelWindow(0, 0, 301, 203), 0);
        }
        assertThat(cache.bytes()).isLessThanOrEqualTo(4 * tile).isPositive();
    }
}
