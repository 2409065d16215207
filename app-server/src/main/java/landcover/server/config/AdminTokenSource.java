package landcover.server.config;

import java.nio.file.Path;
import java.util.Objects;
import landcover.server.security.TokenHash;

/** Where the admin bearer token comes from. The token itself is never kept, only its hash. */
public sealed interface AdminTokenSource {
    /**
     * Set by the environment ({@code LANDCOVER_ADMIN_TOKEN}).
     *
     * @param hash the token's hash
     */
    record FromEnvironment(TokenHash hash) implements AdminTokenSource {
        public FromEnvironment {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /**
     * Kept hashed in an owner-only file; generated and printed once when the file does not exist.
     *
     * @param hashFile the file, normally {@code admin-token.sha256} in the data directory
     */
    record HashFile(Path hashFile) implements AdminTokenSource {
        public HashFile {
            Objects.requireNonNull(hashFile, "hashFile");
        }
    }
}
