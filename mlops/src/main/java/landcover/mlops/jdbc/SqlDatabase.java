package landcover.mlops.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.ConnectionPoolDataSource;
import landcover.mlops.registry.DatabaseSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A metadata database as the registry and the lifecycle tables use it: H2's small
 * {@link JdbcConnectionPool} over the driver's {@link ConnectionPoolDataSource} (H2 or PostgreSQL),
 * Flyway migrations, READ COMMITTED transactions retried on serialisation failures, deadlocks and
 * lock timeouts, and H2 writing each commit at once. Errors become the owner's exception type.
 * Thread-safe.
 */
public final class SqlDatabase implements AutoCloseable {
    private static final int MAX_ATTEMPTS = 8;
    private static final int LOCK_TIMEOUT_MILLIS = 30_000;

    /** Work done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs the work. */
        T run(Connection connection) throws SQLException;
    }

    private final DatabaseSettings settings;
    private final JdbcConnectionPool pool;
    private final Function<Exception, RuntimeException> failure;

    /**
     * Opens the pool and migrates; closes the pool again when that fails.
     *
     * @param flyway the owner's migrations (locations, history table) on a configuration given the pool
     * @param failure the owner's exception for a database error (SQL or migration)
     */
    public SqlDatabase(
            DatabaseSettings settings,
            int maxConnections,
            Function<FluentConfiguration, FluentConfiguration> flyway,
            Function<Exception, RuntimeException> failure) {
        this.settings = settings;
        this.failure = failure;
        this.pool = JdbcConnectionPool.create(poolSource(settings));
        pool.setMaxConnections(maxConnections);
        try {
            flyway.apply(Flyway.configure(SqlDatabase.class.getClassLoader()).dataSource(pool))
                    .load()
                    .migrate();
            if (settings.kind() == DatabaseSettings.Kind.H2) {
                // H2 writes commits in the background every 500 ms by default: a process killed in
                // between would lose transactions that had already returned. 0 writes on commit.
                read(c -> execute(c, "SET WRITE_DELAY 0"));
            }
        } catch (FlywayException e) {
            pool.dispose();
            throw failure.apply(e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** The migration folders of one owner: {@code prefix/common} and {@code prefix/h2|postgresql}. */
    public static String[] locations(DatabaseSettings settings, String prefix) {
        String vendor = settings.kind() == DatabaseSettings.Kind.H2 ? "h2" : "postgresql";
        return new String[] {prefix + "/common", prefix + "/" + vendor};
    }

    /** Runs {@code work} in one READ COMMITTED transaction, retrying transient conflicts. */
    public <T> T inTransaction(Work<T> work) {
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
                    throw failure.apply(e);
                }
                backOff(attempt);
            }
        }
    }

    /** Runs read-only {@code work} in auto-commit mode. */
    public <T> T read(Work<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = pool.getConnection();
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            // H2's default lock wait is 1 s, too short for a queue of registrations on one line.
            execute(connection, "SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MILLIS);
        }
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    private static boolean execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            return s.execute(sql);
        }
    }

    /** Serialisation failure, deadlock (both products) or H2 lock timeout: the transaction may be retried. */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }

    /** A unique or primary-key violation (both products use SQLState 23505). */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** The first line of a message (Flyway's run over several lines: SQL state, error code). */
    public static String firstLine(Exception e) {
        return e.getMessage() == null
                ? e.toString()
                : e.getMessage().lines().findFirst().orElse("");
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a database transaction", e);
        }
    }

    private static ConnectionPoolDataSource poolSource(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case H2 -> {
                org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user() == null ? "" : settings.user());
                h2.setPassword(settings.password() == null ? "" : settings.password());
                yield h2;
            }
            case POSTGRESQL -> {
                PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
                pg.setURL(settings.url());
                if (settings.user() != null) {
                    pg.setUser(settings.user());
                }
                if (settings.password() != null) {
                    pg.setPassword(settings.password());
                }
                yield pg;
            }
        };
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
