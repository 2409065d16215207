package landcover.server.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides who a request comes from and whether it may proceed. Credentials travel as {@code
 * Authorization: Bearer <secret>}; the secret is either the admin token or a client API key.
 * Admin operations need the admin token; client operations need nothing in open mode, and the admin
 * token or an API key in API-key mode. Immutable and thread-safe.
 */
public final class Authenticator {
    private static final String BEARER = "bearer ";

    private final TokenHash adminToken;
    private final ApiKeyRing apiKeys;
    private final boolean clientKeysRequired;

    /**
     * @param adminToken the admin token's hash
     * @param apiKeys the client API keys
     * @param clientKeysRequired whether client operations need a key (API-key mode)
     */
    public Authenticator(TokenHash adminToken, ApiKeyRing apiKeys, boolean clientKeysRequired) {
        this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
        this.clientKeysRequired = clientKeysRequired;
    }

    /** Who presented this {@code Authorization} header value (empty when the header is absent). */
    public Caller identify(Optional<String> authorization) {
        if (authorization.isEmpty()) {
            return new Caller.Anonymous();
        }
        String value = authorization.get().strip();
        if (value.length() <= BEARER.length() || !value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return new Caller.Unknown();
        }
        String secret = value.substring(BEARER.length()).strip();
        if (adminToken.matches(secret)) {
            return new Caller.Admin();
        }
        return apiKeys.match(secret).<Caller>map(Caller.Client::new).orElseGet(Caller.Unknown::new);
    }

    /**
     * Lets the admin through.
     *
     * @throws AuthenticationException without credentials or with unknown ones
     * @throws ForbiddenException for a client API key
     */
    public Caller requireAdmin(Optional<String> authorization) {
        Caller caller = identify(authorization);
        return switch (caller) {
            case Caller.Admin admin -> admin;
            case Caller.Client client ->
                throw new ForbiddenException(
                        "this operation needs the admin token; API key '" + client.keyName() + "' does not allow it");
            case Caller.Anonymous anonymous ->
                throw new AuthenticationException("this operation needs the admin token as a bearer token", false);
            case Caller.Unknown unknown -> throw new AuthenticationException("the bearer token is not valid", true);
        };
    }

    /**
     * Lets a client through: anyone in open mode; the admin or an API key holder in API-key mode.
     *
     * @throws AuthenticationException in API-key mode, without credentials or with unknown ones
     */
    public Caller requireClient(Optional<String> authorization) {
        Caller caller = identify(authorization);
        if (!clientKeysRequired) {
            return caller;
        }
        return switch (caller) {
            case Caller.Admin admin -> admin;
            case Caller.Client client -> client;
            case Caller.Anonymous anonymous ->
                throw new AuthenticationException("this server needs an API key as a bearer token", false);
            case Caller.Unknown unknown -> throw new AuthenticationException("the bearer token is not valid", true);
        };
    }

    /** Whether client operations need an API key. */
    public boolean clientKeysRequired() {
        return clientKeysRequired;
    }
}
