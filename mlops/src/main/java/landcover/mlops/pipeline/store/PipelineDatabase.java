package landcover.mlops.pipeline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import landcover.mlops.MlopsException;
import landcover.mlops.jdbc.PoolSources;
import landcover.mlops.registry.DatabaseSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The lifecycle's metadata database: the registry's database (same {@link DatabaseSettings}), its
 * own tables and its own Flyway history table ({@code pipeline_schema_history}), so the registry's
 * migrations and these never interfere. Transactions are retried on serialisation failures,
 * deadlocks and lock timeouts, as the registry's are. Thread-safe.
 */
public final class PipelineDatabase implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 6;
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

    private PipelineDatabase(DatabaseSettings settings) {
        this.settings = settings;
        this.pool = JdbcConnectionPool.create(PoolSources.of(settings));
        pool.setMaxConnections(MAX_CONNECTIONS);
    }

    /**
     * Opens the database and brings its lifecycle tables up to date.
     *
     * @throws MlopsException when it cannot be reached or migrated
     */
    public static PipelineDatabase open(DatabaseSettings settings) {
        PipelineDatabase db = new PipelineDatabase(settings);
        try {
            db.migrate();
            if (settings.kind() == DatabaseSettings.Kind.H2) {
                // Write commits at once: a killed process must not lose a step it recorded as done.
                db.read(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.execute("SET WRITE_DELAY 0");
                    }
                });
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void migrate() {
        String vendor = settings.kind() == DatabaseSettings.Kind.H2 ? "h2" : "postgresql";
        try {
            // Own history table next to the registry's; baselining at 0 lets Flyway start it in a
            // schema that already holds the registry's tables.
            Flyway.configure(PipelineDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .table("pipeline_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .locations("classpath:db/pipeline/common", "classpath:db/pipeline/" + vendor)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String reason = PoolSources.firstLine(e);
            throw new MlopsException("cannot prepare the lifecycle tables in " + location() + ": " + reason, e);
        }
    }

    /** The URL without a password, for messages. */
    public String location() {
        return settings.safeUrl();
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
                    throw failure(e);
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
            throw failure(e);
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = pool.getConnection();
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MILLIS);
            }
        }
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    /** Serialisation failure, deadlock or H2 lock timeout: the transaction may be retried. */
    static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }

    /** A unique or primary-key violation (SQLState 23505 on both products). */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a lifecycle transaction", e);
        }
    }

    private MlopsException failure(SQLException e) {
        return new MlopsException("lifecycle database error (" + location() + "): " + e.getMessage(), e);
    }

    /** A timestamp column value for an instant. */
    public static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The instant of a timestamp column value, or null. */
    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
