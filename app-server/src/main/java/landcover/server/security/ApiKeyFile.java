package landcover.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Issues client API keys into a key file ({@link ApiKeyRing}'s format): a new random key's hash
 * is added under a name, the file is rewritten owner-only (0600) beside itself and renamed into
 * place, and the key is returned to be shown once. Not safe against two concurrent issuers.
 */
public final class ApiKeyFile {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private ApiKeyFile() {}

    /**
     * Adds a new key under {@code name}.
     *
     * @return the new key, which is stored nowhere
     * @throws SecurityConfigException when the name is malformed or already used, or the file is unreadable
     */
    public static String issue(Path file, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SecurityConfigException(
                    "key name '" + name + "' must be 1-64 letters, digits, dots, dashes or underscores");
        }
        List<String> lines = Files.exists(file) ? read(file) : new ArrayList<>(List.of("# landcover API keys"));
        if (Files.exists(file) && ApiKeyRing.load(file).names().contains(name)) {
            throw new SecurityConfigException("a key named '" + name + "' is already in " + file);
        }
        String key = Secrets.newToken();
        lines.add(ApiKeyRing.line(key, name));
        write(file, lines);
        return key;
    }

    private static List<String> read(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SecurityConfigException("cannot read API key file " + file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, List<String> lines) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(
                    dir, ".api-keys", ".tmp", PosixFilePermissions.asFileAttribute(AdminTokenStore.OWNER_ONLY));
            try {
                Files.write(temp, lines, StandardCharsets.UTF_8);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API key file " + file, e);
        }
    }
}
