package landcover.mlops.registry;

import java.sql.Connection;
import java.sql.SQLException;
import landcover.mlops.jdbc.SqlDatabase;
import org.flywaydb.core.api.FlywayException;

/**
 * The registry's metadata database: its migrations ({@code db/migration}) on the shared
 * {@link SqlDatabase} (a small pool, transactions retried on transient conflicts). Dialect
 * differences stay there and in the per-vendor migration folder (the append-only trigger).
 * Thread-safe.
 */
final class Database implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 10;

    /** Work done with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DatabaseSettings settings;
    private final SqlDatabase sql;

    Database(DatabaseSettings settings) {
        this.settings = settings;
        this.sql = new SqlDatabase(
                settings,
                MAX_CONNECTIONS,
                flyway -> flyway.locations(SqlDatabase.locations(settings, "classpath:db/migration")),
                this::failure);
    }

    DatabaseSettings.Kind kind() {
        return settings.kind();
    }

    String location() {
        return settings.safeUrl();
    }

    /** Runs {@code work} in one READ COMMITTED transaction, retrying transient conflicts. */
    <T> T inTransaction(Work<T> work) {
        return sql.inTransaction(work::run);
    }

    /** Runs read-only {@code work} in auto-commit mode. */
    <T> T read(Work<T> work) {
        return sql.read(work::run);
    }

    /** A unique or primary-key violation (both products use SQLState 23505). */
    static boolean isUniqueViolation(SQLException e) {
        return SqlDatabase.isUniqueViolation(e);
    }

    RegistryStorageException failure(Exception e) {
        String what = e instanceof FlywayException
                ? "cannot prepare the registry database: " + SqlDatabase.firstLine(e)
                : "registry database error: " + e.getMessage();
        return new RegistryStorageException(location(), what, e);
    }

    @Override
    public void close() {
        sql.close();
    }
}
