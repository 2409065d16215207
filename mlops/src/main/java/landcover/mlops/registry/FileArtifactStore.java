package landcover.mlops.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Blobs as files under a directory: {@code blobs/ab/abcdef…} (two-letter fan-out keeps directories
 * small), written to {@code tmp/} first, fsynced, then renamed into place atomically and the
 * directory fsynced, so a crash leaves either the whole blob or only a temporary file that {@link
 * #removeIncompleteWrites} clears. Thread-safe: concurrent puts of the same blob race only on the
 * final rename, and both write identical bytes.
 */
final class FileArtifactStore implements ArtifactStore {
    private final Path root;
    private final Path blobs;
    private final Path tmp;

    FileArtifactStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.blobs = this.root.resolve("blobs");
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new RegistryStorageException(this.root.toString(), "cannot create the artifact directory", e);
        }
    }

    @Override
    public StoredBlob put(Sha256 sha256, long sizeBytes, ArtifactUpload.Content content) {
        Optional<StoredBlob> existing = stat(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path part = tmp.resolve(UUID.randomUUID() + ".part");
        try {
            writeVerified(part, sha256, sizeBytes, content);
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            moveIntoPlace(part, target);
            fsyncDirectory(target.getParent());
            return stat(sha256).orElseThrow();
        } catch (IOException e) {
            throw new RegistryStorageException(root.toString(), "cannot store artifact " + sha256.shortHex() + "…", e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static void writeVerified(Path part, Sha256 sha256, long sizeBytes, ArtifactUpload.Content source)
            throws IOException {
        MessageDigest digest = Sha256.newDigest();
        long written;
        try (InputStream content = source.open();
                FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
            written = content.transferTo(out);
            out.flush();
            channel.force(true);
        }
        Sha256 actual = Sha256.fromDigest(digest.digest());
        if (!actual.equals(sha256) || written != sizeBytes) {
            throw new ArtifactCorruptedException(
                    null, "upload of " + written + " bytes (declared " + sizeBytes + ")", sha256, actual);
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another writer stored the same content first: same bytes, nothing to do.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically within " + target.getParent(), e);
        }
    }

    private static void fsyncDirectory(Path dir) {
        // Makes the rename durable; some platforms cannot open a directory for sync, where the
        // rename's durability is left to the file system.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort only (see above).
        }
    }

    @Override
    public boolean exists(Sha256 sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public Optional<StoredBlob> stat(Sha256 sha256) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(pathOf(sha256), BasicFileAttributes.class);
            return Optional.of(new StoredBlob(
                    sha256, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RegistryStorageException(root.toString(), "cannot read artifact " + sha256.shortHex() + "…", e);
        }
    }

    @Override
    public InputStream open(Sha256 sha256) {
        Path file = pathOf(sha256);
        try {
            return new VerifyingInputStream(
                    Files.newInputStream(file), sha256, root.relativize(file).toString());
        } catch (NoSuchFileException e) {
            throw new ArtifactMissingException(null, root.relativize(file).toString(), sha256);
        } catch (IOException e) {
            throw new RegistryStorageException(root.toString(), "cannot read artifact " + sha256.shortHex() + "…", e);
        }
    }

    @Override
    public void delete(Sha256 sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new RegistryStorageException(root.toString(), "cannot delete artifact " + sha256.shortHex() + "…", e);
        }
    }

    @Override
    public List<StoredBlob> list() {
        try (Stream<Path> files = Files.walk(blobs, 2)) {
            List<StoredBlob> result = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("[0-9a-f]{64}"))
                    .forEach(name -> stat(new Sha256(name)).ifPresent(result::add));
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new RegistryStorageException(root.toString(), "cannot list artifacts", e);
        }
    }

    @Override
    public int removeIncompleteWrites(Instant before) {
        int removed = 0;
        try (Stream<Path> parts = Files.list(tmp)) {
            for (Path part : parts.toList()) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
            return removed;
        } catch (IOException e) {
            throw new RegistryStorageException(root.toString(), "cannot clean temporary files", e);
        }
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public void close() {
        // Nothing held open between calls.
    }

    /** The file of a blob (exposed to tests that damage one on purpose). */
    Path pathOf(Sha256 sha256) {
        return blobs.resolve(sha256.hex().substring(0, 2)).resolve(sha256.hex());
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // A leftover temporary file is removed by removeIncompleteWrites.
        }
    }
}
