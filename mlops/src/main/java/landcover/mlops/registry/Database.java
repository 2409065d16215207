package landcover.mlops.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import landcover.mlops.jdbc.PoolSources;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The metadata database: a small connection pool, Flyway migrations on open, and transactions
 * retried on serialisation failures, deadlocks and lock timeouts. Dialect differences stay here
 * and in the per-vendor migration folder (the append-only trigger).
 *
 * <p>Pooling: H2's own {@link JdbcConnectionPool} (a few hundred lines, no dependencies) over the
 * driver's {@link ConnectionPoolDataSource}, for both H2 and PostgreSQL; at most {@value
 * #MAX_CONNECTIONS} connections. Thread-safe.
 */
final class Database implements AutoCloseable {
    static final int MAX_CONNECTIONS = 10;
    private static final int MAX_ATTEMPTS = 8;
    private static final int LOCK_TIMEOUT_MILLIS = 30_000;

    /** Work done with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DatabaseSettings settings;
    private final JdbcConnectionPool pool;

    Database(DatabaseSettings settings) {
        this.settings = settings;
        this.pool = JdbcConnectionPool.create(PoolSources.of(settings));
        pool.setMaxConnections(MAX_CONNECTIONS);
        migrate();
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            // H2 writes commits to disk in the background every 500 ms by default: a process killed
            // in between would lose transactions that had already returned. 0 writes on commit.
            read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("SET WRITE_DELAY 0");
                }
            });
        }
    }

    private void migrate() {
        String vendor = settings.kind() == DatabaseSettings.Kind.H2 ? "h2" : "postgresql";
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String reason = PoolSources.firstLine(e);
            throw new RegistryStorageException(location(), "cannot prepare the registry database: " + reason, e);
        }
    }

    DatabaseSettings.Kind kind() {
        return settings.kind();
    }

    String location() {
        return settings.safeUrl();
    }

    /** Runs {@code work} in one READ COMMITTED transaction, retrying transient conflicts. */
    <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (!isTransient(e) || attempt == MAX_ATTEMPTS) {
                    throw failure(e);
                }
                backOff(attempt);
            }
        }
    }

    /** Runs read-only {@code work} in auto-commit mode. */
    <T> T read(Work<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = pool.getConnection();
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            // H2's default lock wait is 1 s, too short for a queue of registrations on one line.
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MILLIS);
            }
        }
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    /** Serialisation failure, deadlock (both products) or H2 lock timeout: the transaction may be retried. */
    static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }

    /** A unique or primary-key violation (both products use SQLState 23505). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a registry transaction", e);
        }
    }

    RegistryStorageException failure(SQLException e) {
        return new RegistryStorageException(location(), "registry database error: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
