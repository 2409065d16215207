package landcover.mlops.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.pipeline.store.PipelineDatabase;

/**
 * The one-run-per-year lock: a lease row per line and year naming the run and its owner
 * ({@code host:pid:instance}), renewed by the owner's heartbeat. Another owner may take it over when
 * the lease is older than its time to live, or at once when the owner ran on this host under a
 * process id that is no longer alive (a {@code kill -9}). Thread-safe.
 */
final class RunLeases {
    /** Who holds a lease. */
    record Holder(String runId, String owner, Instant heartbeat) {}

    private final PipelineDatabase db;
    private final ModelName line;
    private final Clock clock;
    private final Duration ttl;
    private final Owner me;

    RunLeases(PipelineDatabase db, ModelName line, Clock clock, Duration ttl, Owner me) {
        this.db = db;
        this.line = line;
        this.clock = clock;
        this.ttl = ttl;
        this.me = me;
    }

    /**
     * Takes the year's lease for {@code runId}, or returns the holder that keeps it.
     *
     * @return empty when acquired (or already held by this owner for this run)
     */
    Optional<Holder> acquire(Year year, String runId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tryAcquire(year, runId);
            } catch (landcover.mlops.MlopsException e) {
                // Two owners inserting the first lease row at once: the loser retries and sees the winner.
                if (attempt == 3
                        || !(e.getCause() instanceof SQLException sql && PipelineDatabase.isUniqueViolation(sql))) {
                    throw e;
                }
            }
        }
    }

    private Optional<Holder> tryAcquire(Year year, String runId) {
        return db.inTransaction(c -> {
            Optional<Holder> holder = lockRow(c, year);
            Instant now = clock.instant();
            if (holder.isEmpty()) {
                insert(c, year, runId, now);
                return Optional.empty();
            }
            if (holder.get().owner().equals(me.id()) || isAbandoned(holder.get(), now)) {
                update(c, year, runId, now);
                return Optional.empty();
            }
            return holder;
        });
    }

    /** The holder of a year's lease, if any. */
    Optional<Holder> holder(Year year) {
        return db.read(c -> lockRow(c, year));
    }

    /** True when the holder no longer runs: its lease expired, or its process died on this host. */
    boolean isAbandoned(Holder holder, Instant now) {
        return holder.heartbeat().plus(ttl).isBefore(now) || !Owner.isAlive(holder.owner(), me);
    }

    /** Renews this owner's lease on a year (no effect if it lost it). */
    void renew(Year year) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE pipeline_locks SET heartbeat_at = ?"
                    + " WHERE line_name = ? AND line_year = ? AND owner = ?")) {
                s.setObject(1, PipelineDatabase.utc(clock.instant()));
                s.setString(2, line.value());
                s.setInt(3, year.value());
                s.setString(4, me.id());
                return s.executeUpdate();
            }
        });
    }

    /** Releases this owner's lease on a year for a run. */
    void release(Year year, String runId) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM pipeline_locks"
                    + " WHERE line_name = ? AND line_year = ? AND run_id = ? AND owner = ?")) {
                s.setString(1, line.value());
                s.setInt(2, year.value());
                s.setString(3, runId);
                s.setString(4, me.id());
                return s.executeUpdate();
            }
        });
    }

    private Optional<Holder> lockRow(Connection c, Year year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, owner, heartbeat_at FROM pipeline_locks"
                + " WHERE line_name = ? AND line_year = ? FOR UPDATE")) {
            s.setString(1, line.value());
            s.setInt(2, year.value());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Holder(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private void insert(Connection c, Year year, String runId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pipeline_locks (line_name, line_year, run_id, owner,"
                + " heartbeat_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, line.value());
            s.setInt(2, year.value());
            s.setString(3, runId);
            s.setString(4, me.id());
            s.setObject(5, PipelineDatabase.utc(now));
            s.executeUpdate();
        }
    }

    private void update(Connection c, Year year, String runId, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE pipeline_locks SET run_id = ?, owner = ?, heartbeat_at = ?"
                        + " WHERE line_name = ? AND line_year = ?")) {
            s.setString(1, runId);
            s.setString(2, me.id());
            s.setObject(3, PipelineDatabase.utc(now));
            s.setString(4, line.value());
            s.setInt(5, year.value());
            s.executeUpdate();
        }
    }
}
