package landcover.mlops.inference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import landcover.mlops.MlopsException;

/**
 * The ordered feature names a model reads, e.g. {@code [slope, dem, summer_AOT, …]}. Pixels handed
 * to a model carry their values in exactly this order; the {@link #hash() order hash} lets a caller
 * check once per block that it assembled them in that order.
 *
 * @param names feature names, at least one, unique, without line breaks
 */
public record FeatureSchema(List<String> names) {
    public FeatureSchema {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new MlopsException("a model needs at least one feature");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isBlank() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                throw new MlopsException("feature name '" + name + "' must be non-blank text on one line");
            }
            if (!seen.add(name)) {
                throw new MlopsException("feature '" + name + "' appears twice");
            }
        }
    }

    /** A schema from names. */
    public static FeatureSchema of(String... names) {
        return new FeatureSchema(List.of(names));
    }

    /** Number of features. */
    public int size() {
        return names.size();
    }

    /** The position of a feature, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The name at a position. */
    public String name(int index) {
        return names.get(index);
    }

    /**
     * The first 8 bytes (big-endian) of {@link #sha256()}: equal schemas have equal hashes, and a
     * reordering changes it.
     */
    public long hash() {
        byte[] digest = digest();
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (digest[i] & 0xff);
        }
        return h;
    }

    /** SHA-256 (lowercase hex) of the names joined by {@code \n}, in UTF-8. */
    public String sha256() {
        return HexFormat.of().formatHex(digest());
    }

    private byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
