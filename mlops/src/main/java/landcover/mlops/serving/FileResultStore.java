package landcover.mlops.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.raster.Raster;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;

/**
 * Results as files: {@code ROOT/ID/YEAR-classes.tif}, {@code YEAR-probabilities.tif} and {@code
 * prediction.json}. Rasters are encoded on the calling thread (a replica's: results are small, and
 * the replica's core is the one to spend) into a temporary file renamed into place. Retention looks
 * at each prediction folder's newest file. Thread-safe.
 */
final class FileResultStore implements ResultStore {
    static final String SUMMARY = "prediction.json";

    /** Folders younger than this are never removed for size: their prediction may still be running. */
    private static final Duration IN_FLIGHT = Duration.ofMinutes(2);

    private final Path root;
    private final ResultRetention retention;
    private final Clock clock;

    FileResultStore(Path root, ResultRetention retention, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.retention = retention;
        this.clock = clock;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the result folder " + this.root, e);
        }
    }

    private Path folder(PredictionId id) {
        return root.resolve(id.value());
    }

    private Path rasterFile(PredictionId id, Year year, RasterKind kind) {
        return folder(id).resolve(year + "-" + kind.fileStem() + ".tif");
    }

    @Override
    public void putRaster(PredictionId id, Year year, RasterKind kind, Raster raster, CogOptions options) {
        createFolder(id);
        CogWriter.write(raster, rasterFile(id, year, kind), options, null);
    }

    @Override
    public void putResult(PredictionResult result) {
        createFolder(result.id());
        Path target = folder(result.id()).resolve(SUMMARY);
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + SUMMARY, ".tmp");
            try {
                Files.write(temp, ResultJson.write(result));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store prediction " + result.id(), e);
        }
    }

    private void createFolder(PredictionId id) {
        try {
            Files.createDirectories(folder(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder(id), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<PredictionResult> result(PredictionId id) {
        try {
            return Optional.of(ResultJson.read(Files.readAllBytes(folder(id).resolve(SUMMARY))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prediction " + id, e);
        }
    }

    @Override
    public Optional<StoredRaster> raster(PredictionId id, Year year, RasterKind kind) {
        Path file = rasterFile(id, year, kind);
        try {
            long size = Files.size(file);
            Instant at = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(new StoredRaster(id, year, kind, size, at, () -> Files.newInputStream(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private record Entry(Path folder, long bytes, Instant newest) {}

    @Override
    public CleanupReport cleanup() {
        Instant now = clock.instant();
        List<Entry> entries = new ArrayList<>(entries());
        entries.sort(Comparator.comparing(Entry::newest));
        long total = entries.stream().mapToLong(Entry::bytes).sum();
        int removed = 0;
        long freed = 0;
        for (Entry e : entries) {
            boolean expired = e.newest().plus(retention.maxAge()).isBefore(now);
            boolean overSize =
                    total > retention.maxBytes() && e.newest().plus(IN_FLIGHT).isBefore(now);
            if ((expired || overSize) && delete(e.folder())) {
                removed++;
                freed += e.bytes();
                total -= e.bytes();
            }
        }
        return new CleanupReport(removed, freed, entries.size() - removed, total);
    }

    private List<Entry> entries() {
        try (Stream<Path> folders = Files.list(root)) {
            List<Entry> entries = new ArrayList<>();
            for (Path f : folders.filter(Files::isDirectory).toList()) {
                entry(f).ifPresent(entries::add);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static Optional<Entry> entry(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            long bytes = 0;
            Instant newest = Files.getLastModifiedTime(folder).toInstant();
            for (Path f : files.toList()) {
                bytes += Files.size(f);
                Instant at = Files.getLastModifiedTime(f).toInstant();
                newest = at.isAfter(newest) ? at : newest;
            }
            return Optional.of(new Entry(folder, bytes, newest));
        } catch (IOException e) {
            return Optional.empty(); // removed meanwhile by another cleanup
        }
    }

    /** Removes a folder; readers holding a file open keep reading it (POSIX unlink semantics). */
    private static boolean delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "result files " + root + " (kept " + retention.maxAge() + ", up to " + retention.maxBytes() + " bytes)";
    }

    @Override
    public void close() {}
}
