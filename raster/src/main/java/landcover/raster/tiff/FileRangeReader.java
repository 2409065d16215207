package landcover.raster.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import landcover.raster.RasterException;

/** Positional reads of a local file. Thread-safe: FileChannel positional reads do not share a cursor. */
final class FileRangeReader implements RangeReader {
    private final Path file;
    private final FileChannel channel;
    private final long size;

    private FileRangeReader(Path file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    static FileRangeReader open(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            return new FileRangeReader(file, channel, channel.size());
        } catch (NoSuchFileException e) {
            throw RasterException.of(file, "no such file");
        } catch (AccessDeniedException e) {
            throw RasterException.of(file, "permission denied");
        } catch (IOException e) {
            throw new RasterException(file.toString(), "cannot open: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void readFully(long offset, ByteBuffer dst) {
        if (offset < 0 || offset + dst.remaining() > size) {
            throw RasterException.of(
                    file,
                    "truncated or corrupt: needs bytes " + offset + "-" + (offset + dst.remaining()) + " of a " + size
                            + "-byte file");
        }
        try {
            long position = offset;
            while (dst.hasRemaining()) {
                int n = channel.read(dst, position);
                if (n < 0) {
                    throw RasterException.of(file, "truncated: file shrank while reading at byte " + position);
                }
                position += n;
            }
        } catch (ClosedChannelException e) {
            throw new IllegalStateException(file + " is closed", e);
        } catch (IOException e) {
            throw new RasterException(file.toString(), "read error at byte " + offset + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new RasterException(file.toString(), "close failed: " + e.getMessage(), e);
        }
    }
}
