package landcover.mlops.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import landcover.domain.InvalidValueException;

/**
 * A SHA-256 digest, the content address of an artifact: 64 lower-case hex digits.
 *
 * @param hex the digest in lower-case hexadecimal
 */
public record Sha256(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidValueException(
                    "sha256", "'" + hex + "' is not a SHA-256 digest (64 lower-case hex digits)");
        }
    }

    /** Parses 64 hex digits in either case. */
    public static Sha256 parse(String text) {
        return new Sha256(text == null ? null : text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The digest of {@code bytes}. */
    public static Sha256 of(byte[] bytes) {
        MessageDigest digest = newDigest();
        return fromDigest(digest.digest(bytes));
    }

    /** Wraps the 32 bytes a {@link MessageDigest} returned. */
    static Sha256 fromDigest(byte[] digest) {
        return new Sha256(HexFormat.of().formatHex(digest));
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest in base64, as S3's {@code x-amz-checksum-sha256} header wants it. */
    public String base64() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    /** The first 12 hex digits, enough to tell artifacts apart in messages. */
    public String shortHex() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return hex;
    }
}
