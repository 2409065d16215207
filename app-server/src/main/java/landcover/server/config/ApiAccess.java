package landcover.server.config;

import java.nio.file.Path;
import java.util.Objects;

/** Who may call the client API (AOI validation now, predictions later). */
public sealed interface ApiAccess {
    /** Anyone may call it. */
    record Open() implements ApiAccess {}

    /**
     * Callers present {@code Authorization: Bearer <key>} with a key whose hash is in {@code keyFile}
     * (or the admin token).
     *
     * @param keyFile one key per line: {@code sha256:<64 hex digits> <name>}; {@code #} starts a comment
     */
    record ApiKeys(Path keyFile) implements ApiAccess {
        public ApiKeys {
            Objects.requireNonNull(keyFile, "keyFile");
        }
    }
}
