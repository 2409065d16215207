package landcover.raster.tiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;

/** The reader behind {@link GeoTiff#open}. Thread-safe: its state is fixed at open. */
final class DefaultGeoTiffReader implements GeoTiffReader {
    private final RangeReader reader;
    private final BlockDecoder.Source blocks;
    private final TiffStructure structure;
    private final Executor executor;
    private final int parallelism;

    /**
     * @param libdeflate used for Deflate blocks when not null
     * @param cache decompressed tiles shared with other readers, or null
     */
    DefaultGeoTiffReader(
            RangeReader reader, Executor executor, int parallelism, Libdeflate libdeflate, BlockCache cache) {
        this.reader = reader;
        TiffSource source = new TiffSource(reader);
        this.structure = TiffStructure.parse(source);
        this.blocks = new BlockDecoder.Source(
                reader, source.order(), libdeflate, cache, cache == null ? 0 : cache.newOwner());
        this.executor = executor;
        this.parallelism = parallelism;
    }

    @Override
    public GeoTiffInfo info() {
        return structure.info();
    }

    @Override
    public Raster read(PixelWindow window, int level) {
        return readBands(
                window, level, IntStream.range(0, info().bandCount()).boxed().toList());
    }

    @Override
    public Raster readBands(PixelWindow window, int level, List<Integer> bands) {
        GridGeometry grid = grid(level).window(check(window, level, bands));
        ImageLevel image = structure.level(level);
        float[][] planes = new float[bands.size()][Math.toIntExact(window.pixelCount())];
        float fill = (float) info().nodata().orElse(0);
        List<Runnable> tasks = new ArrayList<>();
        if (image.interleave() == Interleave.BAND) {
            for (int i = 0; i < bands.size(); i++) {
                int[] target = {i};
                BlockDecoder decoder = new BlockDecoder(blocks, image, window, planes, target, fill);
                addTasks(tasks, decoder, image, window, bands.get(i));
            }
        } else {
            int[] target = new int[image.samplesPerPixel()];
            java.util.Arrays.fill(target, -1);
            for (int i = 0; i < bands.size(); i++) {
                target[bands.get(i)] = i;
            }
            addTasks(tasks, new BlockDecoder(blocks, image, window, planes, target, fill), image, window, 0);
        }
        reader.prefetch(byteRanges(window, level, bands));
        Parallel.run(tasks, executor, parallelism);
        List<String> names = bands.stream().map(b -> info().bandNames().get(b)).toList();
        return new Raster(grid, info().dataType(), names, planes, info().nodata());
    }

    @Override
    public List<ByteRange> byteRanges(PixelWindow window, int level, List<Integer> bands) {
        check(window, level, bands);
        ImageLevel image = structure.level(level);
        List<Integer> planes = image.interleave() == Interleave.BAND ? bands : List.of(0);
        List<ByteRange> ranges = new ArrayList<>();
        for (int plane : planes.stream().distinct().toList()) {
            forEachBlock(image, window, (col, row) -> {
                int index = image.blockIndex(plane, col, row);
                if (!image.blocks().isEmpty(index)) {
                    ranges.add(new ByteRange(
                            image.blocks().offset(index), image.blocks().byteCount(index)));
                }
            });
        }
        ranges.sort(Comparator.comparingLong(ByteRange::offset));
        return List.copyOf(ranges);
    }

    private static void addTasks(
            List<Runnable> tasks, BlockDecoder decoder, ImageLevel image, PixelWindow window, int plane) {
        forEachBlock(image, window, (col, row) -> tasks.add(() -> decoder.decode(plane, col, row)));
    }

    private interface BlockVisitor {
        void visit(int col, int row);
    }

    private static void forEachBlock(ImageLevel image, PixelWindow window, BlockVisitor visitor) {
        int c0 = window.col() / image.blockWidth();
        int c1 = (window.endCol() - 1) / image.blockWidth();
        int r0 = window.row() / image.blockHeight();
        int r1 = (window.endRow() - 1) / image.blockHeight();
        for (int row = r0; row <= r1; row++) {
            for (int col = c0; col <= c1; col++) {
                visitor.visit(col, row);
            }
        }
    }

    private PixelWindow check(PixelWindow window, int level, List<Integer> bands) {
        if (level < 0 || level >= info().levelCount()) {
            throw new RasterException(
                    reader.name(), "no level " + level + " (the file has levels 0-" + (info().levelCount() - 1) + ")");
        }
        ImageLevel image = structure.level(level);
        if (window.isEmpty()
                || !PixelWindow.of(image.width(), image.height())
                        .intersection(window)
                        .equals(window)) {
            throw new RasterException(
                    reader.name(),
                    "window " + window + " is empty or outside level " + level + " (" + image.width() + "x"
                            + image.height() + ")");
        }
        if (bands.isEmpty() || bands.stream().anyMatch(b -> b < 0 || b >= image.samplesPerPixel())) {
            throw new RasterException(
                    reader.name(),
                    "bad band list " + bands + " for a file of " + image.samplesPerPixel() + " bands (0-based)");
        }
        return window;
    }

    /** The grid of a whole level, with GDAL's overview transform (pixel size scaled per axis). */
    private GridGeometry grid(int level) {
        GeoTiffInfo info = info();
        EpsgCode crs = info.gridCrs()
                .orElseThrow(() -> new RasterException(
                        reader.name(), "has no EPSG-coded CRS to build a grid from (user-defined CRS)"));
        GeoTransform t = info.geoTransform()
                .orElseThrow(() -> new RasterException(
                        reader.name(),
                        "has no georeferencing (no ModelTiepoint/ModelPixelScale or ModelTransformation)"));
        ImageLevel image = structure.level(Math.max(0, Math.min(level, info.levelCount() - 1)));
        double sx = (double) info.width() / image.width();
        double sy = (double) info.height() / image.height();
        GeoTransform scaled = new GeoTransform(
                t.originX(),
                t.pixelWidth() * sx,
                t.rotationX() * sy,
                t.originY(),
                t.rotationY() * sx,
                t.pixelHeight() * sy);
        return new GridGeometry(crs, scaled, image.width(), image.height());
    }

    @Override
    public void close() {
        reader.close();
    }
}
