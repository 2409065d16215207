package landcover.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import landcover.server.config.ServerSettings;
import landcover.server.config.SettingsView;

/**
 * Admin routes; every one needs the admin token. {@code GET /v1/admin/settings}: the effective
 * settings (ports, data directory, access mode, limits, imagery per year), never a secret.
 */
public final class AdminRoutes {
    private AdminRoutes() {}

    /** Registers the admin routes. */
    public static void routing(HttpRouting.Builder routing, ServerSettings settings, AccessGuard access) {
        routing.get("/v1/admin/settings", access.admin((req, res) -> Json.send(res, SettingsView.describe(settings))));
        Methods.refuseOthers(routing, "/v1/admin/settings", Method.GET);
    }
}
