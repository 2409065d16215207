package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window reads of a big tiled file (synthetic, seeded: three 2048 × 2048 UINT16 bands in 256-pixel
 * tiles) touch only the window's tiles, and give the same pixels serially or in parallel.
 */
class WindowReadTest {
    @TempDir
    static Path dir;

    private static Path file;
    private static Raster original;

    @BeforeAll
    static void writeBigCog() {
        int size = 2048;
        List<float[]> planes = List.of(
                Synthetic.reflectance(size, size, 1),
                Synthetic.reflectance(size, size, 2),
                Synthetic.reflectance(size, size, 3));
        original = Synthetic.bands(DataType.UINT16, planes, size, size);
        file = dir.resolve("big.tif");
        CogWriter.write(original, file, CogOptions.defaults().withBlockSize(256));
    }

    /** Counts what goes through the byte-range interface. */
    static final class CountingReader implements RangeReader {
        final RangeReader inner;
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final List<List<ByteRange>> prefetched = new ArrayList<>();

        CountingReader(RangeReader inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public void readFully(long offset, ByteBuffer dst) {
            bytes.addAndGet(dst.remaining());
            reads.incrementAndGet();
            inner.readFully(offset, dst);
        }

        @Override
        public synchronized void prefetch(List<ByteRange> ranges) {
            prefetched.add(ranges);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void readWindow_bigTiledFile_readsOnlyTheWindowsTiles() {
        CountingReader counting = new CountingReader(RangeReader.of(file));
        try (GeoTiffReader reader = GeoTiff.open(counting, null)) {
            assertThat(counting.reads.get())
                    .as("one read for the header and every IFD")
                    .isEqualTo(1);
            counting.bytes.set(0);
            counting.reads.set(0);
            PixelWindow window = new PixelWindow(300, 700, 400, 300);
            Raster part = reader.readBands(window, 0, List.of(1));
            List<ByteRange> ranges = reader.byteRanges(window, 0, List.of(1));
            // columns 300-699 lie in tile columns 1-2, rows 700-999 in tile rows 2-3: 4 of 64 tiles
            assertThat(ranges).hasSize(4);
            assertThat(counting.prefetched).containsExactly(ranges);
            assertThat(counting.reads.get()).isEqualTo(4);
            assertThat(counting.bytes.get())
                    .isEqualTo(ranges.stream().mapToLong(ByteRange::length).sum());
            assertThat(counting.bytes.get()).isLessThan(counting.size() / 50);
            Rasters.assertSamePlane(part.band(0), Rasters.crop(original.band(1), 2048, window), 400, "band 2");
        }
    }

    @Test
    void readWindow_overviewLevel_readsOnlyThatLevelsTiles() {
        CountingReader counting = new CountingReader(RangeReader.of(file));
        try (GeoTiffReader reader = GeoTiff.open(counting, null)) {
            counting.bytes.set(0);
            PixelWindow window = new PixelWindow(0, 0, 100, 100);
            Raster part = reader.read(window, 2);
            assertThat(part.grid().transform().pixelWidth()).isEqualTo(40.0);
            assertThat(counting.bytes.get())
                    .isEqualTo(reader.byteRanges(window, 2, List.of(0, 1, 2)).stream()
                            .mapToLong(ByteRange::length)
                            .sum());
        }
    }

    @Test
    void read_parallelOnAnyExecutor_equalsSerial() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (GeoTiffReader serial = GeoTiff.open(RangeReader.of(file), null);
                GeoTiffReader parallel = GeoTiff.open(RangeReader.of(file), pool);
                GeoTiffReader common = GeoTiff.open(file)) {
            PixelWindow window = new PixelWindow(100, 200, 1500, 1300);
            Raster a = serial.read(window);
            Raster b = parallel.read(window);
            Raster c = common.read(window);
            for (int band = 0; band < 3; band++) {
                float[] expected = Rasters.crop(original.band(band), 2048, window);
                Rasters.assertSamePlane(a.band(band), expected, 1500, "serial");
                Rasters.assertSamePlane(b.band(band), expected, 1500, "fixed pool");
                Rasters.assertSamePlane(c.band(band), expected, 1500, "common pool");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void merge_nearbyRanges_becomeOneRequest() {
        List<ByteRange> merged = ByteRange.merge(
                List.of(
                        new ByteRange(1000, 100),
                        new ByteRange(0, 10),
                        new ByteRange(1150, 50),
                        new ByteRange(5, 3),
                        new ByteRange(5000, 0)),
                64);
        assertThat(merged).containsExactly(new ByteRange(0, 10), new ByteRange(1000, 200));
    }
}
