package landcover.server.config;

import java.util.Objects;

/**
 * Who may call what.
 *
 * @param adminToken where the admin token's hash comes from
 * @param apiAccess whether the client API is open or needs API keys
 */
public record SecuritySettings(AdminTokenSource adminToken, ApiAccess apiAccess) {
    public SecuritySettings {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(apiAccess, "apiAccess");
    }
}
