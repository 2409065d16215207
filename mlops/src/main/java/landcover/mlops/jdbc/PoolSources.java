package landcover.mlops.jdbc;

import javax.sql.ConnectionPoolDataSource;
import landcover.mlops.registry.DatabaseSettings;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** The driver's pooled data source for a database, shared by the registry and the lifecycle tables. */
public final class PoolSources {
    private PoolSources() {}

    /** H2's or PostgreSQL's {@link ConnectionPoolDataSource} for {@code settings}. */
    public static ConnectionPoolDataSource of(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
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

    /** The first line of a Flyway message (its messages run over several lines: SQL state, code). */
    public static String firstLine(Exception e) {
        return e.getMessage() == null
                ? e.toString()
                : e.getMessage().lines().findFirst().orElse("");
    }
}
