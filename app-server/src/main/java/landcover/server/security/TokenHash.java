package landcover.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 hash of a secret (admin token, API key). Secrets are never kept, only this; a
 * presented secret is hashed and compared in constant time ({@link MessageDigest#isEqual}), so the
 * time taken does not reveal how many leading bytes matched. A plain (unsalted, fast) hash is
 * enough because the secrets we generate carry 256 random bits: there is nothing to brute-force.
 * Immutable and thread-safe.
 */
public final class TokenHash {
    private static final String PREFIX = "sha256:";

    private final byte[] digest;

    private TokenHash(byte[] digest) {
        this.digest = digest;
    }

    /** The hash of a secret. */
    public static TokenHash of(String secret) {
        Objects.requireNonNull(secret, "secret");
        return new TokenHash(sha256(secret));
    }

    /**
     * Parses the stored form {@code sha256:<64 hex digits>}.
     *
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static TokenHash parse(String encoded) {
        String text = encoded.strip();
        if (!text.startsWith(PREFIX) || text.length() != PREFIX.length() + 64) {
            throw new IllegalArgumentException("expected sha256:<64 hex digits>");
        }
        return new TokenHash(HexFormat.of().parseHex(text.substring(PREFIX.length())));
    }

    /** Whether {@code secret} hashes to this hash, compared in constant time. */
    public boolean matches(String secret) {
        return secret != null && MessageDigest.isEqual(digest, sha256(secret));
    }

    /** The stored form, {@code sha256:<64 hex digits>}. */
    public String encoded() {
        return PREFIX + HexFormat.of().formatHex(digest);
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenHash other && MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(digest);
    }

    /** Does not reveal the hash. */
    @Override
    public String toString() {
        return "TokenHash[sha256]";
    }
}
