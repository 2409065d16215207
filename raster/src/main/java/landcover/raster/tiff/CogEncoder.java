package landcover.raster.tiff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import landcover.raster.Raster;

/**
 * Writes the COG byte layout GDAL's COG driver produces and its validator checks: header, the
 * "ghost" structural metadata, every IFD (full resolution first, then overviews, largest first),
 * then tile data from the smallest overview to the full-resolution image, tiles in row-major
 * order (bands of one tile position next to each other), each with a 4-byte size leader and its
 * last 4 bytes repeated as a trailer, so a remote reader can fetch a tile with slack and check it.
 */
final class CogEncoder {
    private static final String GHOST = "LAYOUT=IFDS_BEFORE_DATA\nBLOCK_ORDER=ROW_MAJOR\nBLOCK_LEADER=SIZE_AS_UINT4\n"
            + "BLOCK_TRAILER=LAST_4_BYTES_REPEATED\nKNOWN_INCOMPATIBLE_EDITION=NO\n ";
    private static final long CLASSIC_LIMIT = 0xFFFF_FFFFL;

    private final CogPlan plan;
    private final Executor executor;
    private final int parallelism;

    CogEncoder(CogPlan plan, Executor executor, int parallelism) {
        this.plan = plan;
        this.executor = executor;
        this.parallelism = parallelism;
    }

    void write(Raster raster, OutputStream out) throws IOException {
        Pyramid.Level full = new Pyramid.Level(raster.width(), raster.height(), planes(raster));
        List<Pyramid.Level> levels = Pyramid.build(
                full, plan.blockSize(), plan.resampling(), plan.type(), plan.nodata(), executor, parallelism);
        List<byte[][]> tiles = new ArrayList<>();
        for (Pyramid.Level level : levels) {
            tiles.add(encodeLevel(level));
        }
        boolean big = plan.bigTiff() || size(levels, tiles, false) > CLASSIC_LIMIT;
        writeFile(levels, tiles, big, out);
    }

    private static float[][] planes(Raster raster) {
        float[][] planes = new float[raster.bandCount()][];
        for (int b = 0; b < planes.length; b++) {
            planes[b] = raster.band(b);
        }
        return planes;
    }

    /** Tiles of one level in TIFF order: plane, then tile row, then tile column. */
    private byte[][] encodeLevel(Pyramid.Level level) {
        TileEncoder encoder = new TileEncoder(
                plan.type(), plan.blockSize(), plan.predictor(), plan.compression(), plan.deflateLevel());
        int across = blocks(level.width());
        int perPlane = across * blocks(level.height());
        int planes = plan.planes();
        byte[][] out = new byte[planes * perPlane][];
        List<Runnable> tasks = new ArrayList<>();
        for (int p = 0; p < planes; p++) {
            float[][] samples = plan.interleaveBands() ? new float[][] {level.planes()[p]} : level.planes();
            for (int t = 0; t < perPlane; t++) {
                int index = p * perPlane + t;
                int col = t % across;
                int row = t / across;
                tasks.add(() -> out[index] = encoder.encode(samples, level.width(), level.height(), col, row));
            }
        }
        Parallel.run(tasks, executor, parallelism);
        return out;
    }

    private int blocks(int pixels) {
        return (pixels + plan.blockSize() - 1) / plan.blockSize();
    }

    private static String ghost() {
        return String.format("GDAL_STRUCTURAL_METADATA_SIZE=%06d bytes\n", GHOST.length()) + GHOST;
    }

    private long headerAndIfdsSize(List<Pyramid.Level> levels, boolean big) {
        long pos = (big ? 16 : 8) + ghost().length();
        pos += pos & 1;
        for (int i = 0; i < levels.size(); i++) {
            pos += ifd(levels, i, new long[tileCount(levels.get(i))], new long[tileCount(levels.get(i))], big)
                    .size();
        }
        return pos;
    }

    private long size(List<Pyramid.Level> levels, List<byte[][]> tiles, boolean big) {
        long size = headerAndIfdsSize(levels, big);
        for (byte[][] level : tiles) {
            for (byte[] tile : level) {
                size += tile.length + 8;
            }
        }
        return size;
    }

    private int tileCount(Pyramid.Level level) {
        return plan.planes() * blocks(level.width()) * blocks(level.height());
    }

    private void writeFile(List<Pyramid.Level> levels, List<byte[][]> tiles, boolean big, OutputStream out)
            throws IOException {
        long pos = headerAndIfdsSize(levels, big);
        List<long[]> offsets = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        for (byte[][] level : tiles) {
            offsets.add(new long[level.length]);
            counts.add(new long[level.length]);
        }
        for (int l = levels.size() - 1; l >= 0; l--) {
            for (int index : dataOrder(levels.get(l))) {
                offsets.get(l)[index] = pos + 4;
                counts.get(l)[index] = tiles.get(l)[index].length;
                pos += tiles.get(l)[index].length + 8;
            }
        }
        out.write(header(levels, offsets, counts, big));
        byte[] leader = new byte[4];
        for (int l = levels.size() - 1; l >= 0; l--) {
            for (int index : dataOrder(levels.get(l))) {
                byte[] tile = tiles.get(l)[index];
                ByteBuffer.wrap(leader).order(ByteOrder.LITTLE_ENDIAN).putInt(tile.length);
                out.write(leader);
                out.write(tile);
                out.write(tile, Math.max(0, tile.length - 4), Math.min(4, tile.length));
                out.write(new byte[4 - Math.min(4, tile.length)]);
            }
        }
    }

    /** Tile indexes in file order: row-major tile positions, the bands of each position together. */
    private int[] dataOrder(Pyramid.Level level) {
        int perPlane = blocks(level.width()) * blocks(level.height());
        int planes = plan.planes();
        int[] order = new int[perPlane * planes];
        for (int t = 0, i = 0; t < perPlane; t++) {
            for (int p = 0; p < planes; p++) {
                order[i++] = p * perPlane + t;
            }
        }
        return order;
    }

    private byte[] header(List<Pyramid.Level> levels, List<long[]> offsets, List<long[]> counts, boolean big) {
        int size = (int) headerAndIfdsSize(levels, big);
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I');
        long first = (big ? 16 : 8) + ghost().length();
        first += first & 1;
        if (big) {
            b.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(first);
        } else {
            b.putShort((short) 42).putInt((int) first);
        }
        b.put(ghost().getBytes(StandardCharsets.US_ASCII));
        b.position((int) first);
        for (int i = 0; i < levels.size(); i++) {
            IfdBuilder ifd = ifd(levels, i, offsets.get(i), counts.get(i), big);
            long at = b.position();
            ifd.write(b, at, i + 1 < levels.size() ? at + ifd.size() : 0);
        }
        return b.array();
    }

    private IfdBuilder ifd(List<Pyramid.Level> levels, int index, long[] offsets, long[] counts, boolean big) {
        Pyramid.Level level = levels.get(index);
        IfdBuilder ifd = plan.baseIfd(big, index > 0)
                .integer(Tags.IMAGE_WIDTH, level.width())
                .integer(Tags.IMAGE_LENGTH, level.height())
                .offsets(Tags.TILE_OFFSETS, offsets)
                .offsets(Tags.TILE_BYTE_COUNTS, counts);
        if (index == 0) {
            plan.addGeoreferencing(ifd);
        }
        return ifd;
    }
}
