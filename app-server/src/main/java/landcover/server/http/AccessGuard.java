package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import java.util.Objects;
import landcover.server.security.Authenticator;

/**
 * Wraps route handlers with the access check they need, so every admin route and every client-API
 * route is guarded the same way: {@code routing.post(path, access.admin(handler))}. A refused
 * request never reaches the handler; the problem table answers 401 or 403.
 */
public final class AccessGuard {
    private final Authenticator authenticator;

    /** @param authenticator decides who a request comes from */
    public AccessGuard(Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /** {@code handler}, run only for requests bearing the admin token. */
    public Handler admin(Handler handler) {
        return (req, res) -> {
            authenticator.requireAdmin(req.headers().first(HeaderNames.AUTHORIZATION));
            handler.handle(req, res);
        };
    }

    /** {@code handler}, run for anyone in open mode and for API key holders in API-key mode. */
    public Handler client(Handler handler) {
        return (req, res) -> {
            authenticator.requireClient(req.headers().first(HeaderNames.AUTHORIZATION));
            handler.handle(req, res);
        };
    }
}
