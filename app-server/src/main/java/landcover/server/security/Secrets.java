package landcover.server.security;

import java.security.SecureRandom;
import java.util.Base64;

/** New random secrets: 256 bits from {@link SecureRandom}, base64url without padding (43 characters). */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new secret token. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
