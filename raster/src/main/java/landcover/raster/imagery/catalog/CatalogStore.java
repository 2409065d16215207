package landcover.raster.imagery.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import landcover.raster.RasterException;
import landcover.raster.imagery.catalog.CatalogModel.Catalog;
import landcover.raster.imagery.catalog.CatalogModel.YearEntry;

/**
 * The catalog folder on disk. {@code catalog.json} is the single point of truth: a year's files live
 * in a folder named after the year and its inputs hash, written first under a staging name, renamed
 * into place, and only then referenced by a new {@code catalog.json} that replaces the old one with
 * an atomic rename. A crash at any point leaves the previous {@code catalog.json} and the files it
 * names untouched; leftovers (staging folders, folders no catalog names) are removed by the next
 * ingest. One ingest at a time per catalog, enforced by a file lock.
 */
final class CatalogStore implements AutoCloseable {
    static final String CATALOG_FILE = "catalog.json";
    private static final Pattern YEAR_DIR = Pattern.compile("\\d{4}-[0-9a-f]{12}");
    private static final String STAGING = ".staging-";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private CatalogStore(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the folder (creating it) and takes the ingest lock. */
    static CatalogStore lock(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel channel =
                    FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new RasterException(root.toString(), "another ingest is running on this catalog");
            }
            return new CatalogStore(root, channel, lock);
        } catch (IOException e) {
            throw new RasterException(root.toString(), "cannot open catalog: " + e.getMessage(), e);
        }
    }

    /** The catalog as {@code catalog.json} says, or an empty one when there is none yet. */
    static Catalog read(Path root) {
        Path file = root.resolve(CATALOG_FILE);
        if (!Files.exists(file)) {
            return Catalog.empty();
        }
        return CatalogJson.read(SceneFolder.readText(file), file.toString());
    }

    /** A fresh staging folder for a year. */
    Path staging(int year, String hash) {
        Path dir = root.resolve(STAGING + year + "-" + hash.substring(0, 12) + "-" + System.nanoTime());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RasterException(dir.toString(), "cannot create staging folder: " + e.getMessage(), e);
        }
    }

    /** The folder name of a year built from inputs with this hash. */
    static String yearDirectory(int year, String hash) {
        return year + "-" + hash.substring(0, 12);
    }

    /** Renames a staging folder to its final name (replacing a leftover of the same name). */
    Path place(Path staging, String name) {
        Path target = root.resolve(name);
        try {
            deleteTree(target);
            return Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RasterException(target.toString(), "cannot move the new year into place: " + e.getMessage(), e);
        }
    }

    /** Replaces {@code catalog.json} atomically. */
    void publish(Catalog catalog) {
        Path file = root.resolve(CATALOG_FILE);
        Path temp = root.resolve("." + CATALOG_FILE + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(
                    temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(CatalogJson.write(catalog).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RasterException(file.toString(), "cannot write: " + e.getMessage(), e);
        }
    }

    /** Removes staging folders and year folders the catalog does not name. */
    void cleanUp(Catalog catalog) {
        Set<String> named = new HashSet<>();
        catalog.years().values().stream().map(YearEntry::directory).forEach(named::add);
        try (Stream<Path> children = Files.list(root)) {
            List<Path> stale = children.filter(p -> p.getFileName().toString().startsWith(STAGING)
                            || (YEAR_DIR.matcher(p.getFileName().toString()).matches()
                                    && !named.contains(p.getFileName().toString())))
                    .toList();
            for (Path p : stale) {
                deleteTree(p);
            }
        } catch (IOException e) {
            throw new RasterException(root.toString(), "cannot clean up: " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new RasterException(root.toString(), "cannot release the ingest lock: " + e.getMessage(), e);
        }
    }
}
