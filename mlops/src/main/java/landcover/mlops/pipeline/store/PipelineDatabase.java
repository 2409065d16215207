package landcover.mlops.pipeline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import landcover.mlops.MlopsException;
import landcover.mlops.jdbc.SqlDatabase;
import landcover.mlops.registry.DatabaseSettings;
import org.flywaydb.core.api.FlywayException;

/**
 * The lifecycle's metadata database: the registry's database (same {@link DatabaseSettings}), its
 * own tables and its own Flyway history table ({@code pipeline_schema_history}), so the registry's
 * migrations and these never interfere. Transactions are retried on serialisation failures,
 * deadlocks and lock timeouts, as the registry's are. Thread-safe.
 */
public final class PipelineDatabase implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 6;

    /** Work done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs the work. */
        T run(Connection connection) throws SQLException;
    }

    private final DatabaseSettings settings;
    private final SqlDatabase sql;

    private PipelineDatabase(DatabaseSettings settings) {
        this.settings = settings;
        // Own history table next to the registry's; baselining at 0 lets Flyway start it in a schema
        // that already holds the registry's tables.
        this.sql = new SqlDatabase(
                settings,
                MAX_CONNECTIONS,
                flyway -> flyway.table("pipeline_schema_history")
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .locations(SqlDatabase.locations(settings, "classpath:db/pipeline")),
                this::failure);
    }

    /**
     * Opens the database and brings its lifecycle tables up to date.
     *
     * @throws MlopsException when it cannot be reached or migrated
     */
    public static PipelineDatabase open(DatabaseSettings settings) {
        return new PipelineDatabase(settings);
    }

    /** The URL without a password, for messages. */
    public String location() {
        return settings.safeUrl();
    }

    /** Runs {@code work} in one READ COMMITTED transaction, retrying transient conflicts. */
    public <T> T inTransaction(Work<T> work) {
        return sql.inTransaction(work::run);
    }

    /** Runs read-only {@code work} in auto-commit mode. */
    public <T> T read(Work<T> work) {
        return sql.read(work::run);
    }

    /** A unique or primary-key violation (SQLState 23505 on both products). */
    public static boolean isUniqueViolation(SQLException e) {
        return SqlDatabase.isUniqueViolation(e);
    }

    private MlopsException failure(Exception e) {
        String what = e instanceof FlywayException
                ? "cannot prepare the lifecycle tables in " + location() + ": " + SqlDatabase.firstLine(e)
                : "lifecycle database error (" + location() + "): " + e.getMessage();
        return new MlopsException(what, e);
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
        sql.close();
    }
}
