package landcover.server.config;

import java.util.Objects;

/** A setting is missing, malformed or out of range; the CLI answers it with exit code 2. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key the setting, as written in the YAML file ({@code server.port}), or the file itself
     * @param message a sentence naming the key, where its value came from and what is expected
     */
    public SettingsException(String key, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The setting the error is about. */
    public String key() {
        return key;
    }
}
