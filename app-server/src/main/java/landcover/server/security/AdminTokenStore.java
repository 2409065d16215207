package landcover.server.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The admin token's hash file. On first start (no file) a random token is generated, printed once,
 * and only its hash is written, to a file readable and writable by the owner alone (0600), created
 * with those permissions (never wider, not even for a moment) and moved into place atomically.
 * Later starts read the hash and print nothing.
 */
public final class AdminTokenStore {
    private static final System.Logger LOG = System.getLogger(AdminTokenStore.class.getName());
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AdminTokenStore() {}

    /**
     * Reads the hash in {@code file}, or creates the file with a new token's hash.
     *
     * @param file the hash file, e.g. {@code <data-dir>/admin-token.sha256}
     * @param out where the new token is printed, once, on creation
     * @throws SecurityConfigException when the file exists but holds no valid hash
     * @throws UncheckedIOException when the file cannot be read or written
     */
    public static TokenHash loadOrCreate(Path file, PrintWriter out) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            return create(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use admin token file " + file, e);
        }
    }

    private static TokenHash read(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            LOG.log(System.Logger.Level.WARNING, "{0} should be readable by its owner only (chmod 600)", file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return TokenHash.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SecurityConfigException(file + " does not hold an admin token hash (" + e.getMessage()
                    + "); delete it to generate a new token");
        }
    }

    private static TokenHash create(Path file, PrintWriter out) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String token = Secrets.newToken();
        TokenHash hash = TokenHash.of(token);
        Path temp = Files.createTempFile(
                file.toAbsolutePath().getParent(),
                ".admin-token",
                ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(temp, hash.encoded() + "\n", StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
        out.println("Admin token (shown once, only its hash is stored in " + file + "):");
        out.println(token);
        out.flush();
        return hash;
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            // A hard link publishes the complete file atomically and, unlike rename, fails when the
            // target exists: a concurrent first start that won the race keeps its token.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            throw new SecurityConfigException(
                    file + " appeared while a new admin token was being created; start again");
        } catch (UnsupportedOperationException e) {
            Files.move(temp, file);
        }
    }
}
