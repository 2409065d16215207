package landcover.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client API keys, as hashes with a name each. File format, one key per line: {@code
 * sha256:<64 hex digits> <name>}; blank lines and lines starting with {@code #} are skipped.
 * Immutable and thread-safe.
 */
public final class ApiKeyRing {
    /** One key: its hash and the name it was issued under. */
    record Entry(TokenHash hash, String name) {}

    private final List<Entry> entries;

    private ApiKeyRing(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A ring without keys (open API, or no key issued yet). */
    public static ApiKeyRing empty() {
        return new ApiKeyRing(List.of());
    }

    /**
     * Reads a key file.
     *
     * @throws SecurityConfigException naming the file and line when it cannot be read or parsed
     */
    public static ApiKeyRing load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SecurityConfigException("API key file " + file + " does not exist (create keys with"
                    + " 'landcover api-key create --file " + file + " NAME')");
        } catch (IOException e) {
            throw new SecurityConfigException("cannot read API key file " + file + ": " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(parse(line, file, i + 1));
            }
        }
        return new ApiKeyRing(entries);
    }

    private static Entry parse(String line, Path file, int number) {
        String[] parts = line.split("\\s+", 2);
        try {
            return new Entry(TokenHash.parse(parts[0]), parts.length > 1 ? parts[1] : "key-" + number);
        } catch (IllegalArgumentException e) {
            throw new SecurityConfigException(file + " line " + number + ": " + e.getMessage());
        }
    }

    /** The line to add to a key file for a key issued under {@code name}. */
    public static String line(String key, String name) {
        return TokenHash.of(key).encoded() + " " + name;
    }

    /**
     * The name of the key matching {@code presented}, if any. Every entry is compared, in constant
     * time each, whether or not an earlier one matched.
     */
    public Optional<String> match(String presented) {
        String found = null;
        for (Entry entry : entries) {
            if (entry.hash().matches(presented) && found == null) {
                found = entry.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The names keys were issued under, in file order. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** How many keys the ring holds. */
    public int size() {
        return entries.size();
    }
}
