package landcover.mlops.registry;

import java.nio.file.Path;
import landcover.domain.InvalidValueException;

/**
 * How to reach the registry's metadata database: an H2 URL ({@code jdbc:h2:file:…}, the embedded
 * default) or a PostgreSQL URL ({@code jdbc:postgresql://host/db}). {@link #toString()} hides the
 * password.
 *
 * @param url the JDBC URL
 * @param user the user, or null when the URL or driver supplies it
 * @param password the password, or null
 */
public record DatabaseSettings(String url, String user, String password) {
    /** The database products the registry runs on. */
    public enum Kind {
        /** H2 2.x, embedded in the process (file database). */
        H2,
        /** PostgreSQL 12 or later. */
        POSTGRESQL
    }

    public DatabaseSettings {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
            throw new InvalidValueException("jdbc-url", "'" + url + "' is not a jdbc:h2: or jdbc:postgresql: URL");
        }
    }

    /** The embedded H2 file database {@code registry.mv.db} under {@code dir}. */
    public static DatabaseSettings h2File(Path dir) {
        // AUTO_SERVER lets a CLI inspect the registry while the server holds the file open.
        return new DatabaseSettings(
                "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("registry") + ";AUTO_SERVER=TRUE", "sa", "");
    }

    /** Which product the URL names. */
    public Kind kind() {
        return url.startsWith("jdbc:h2:") ? Kind.H2 : Kind.POSTGRESQL;
    }

    /** The URL without any password parameter, for messages. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + safeUrl() + ", user=" + user + "]";
    }
}
