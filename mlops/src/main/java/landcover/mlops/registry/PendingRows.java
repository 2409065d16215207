package landcover.mlops.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import landcover.domain.ModelName;
import landcover.domain.Year;

/**
 * SQL for registrations in flight and the gc lock. A registration's row is inserted (under the gc
 * lock) before its blobs are uploaded and deleted in its commit transaction; gc deletes a blob only
 * under the same lock after checking no pending registration and no version names it. Stateless.
 */
final class PendingRows {
    private PendingRows() {}

    /** Takes the registry-wide gc lock until the transaction ends. */
    static void lockGc(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM registry_locks WHERE name = 'gc' FOR UPDATE");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("registry_locks has no gc row: the migration did not run", "55000");
            }
        }
    }

    static void insert(Connection c, String id, ModelName name, Year year, Instant at, Collection<Sha256> blobs)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO pending_registrations" + " (id, line_name, line_year, started_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, name.value());
            s.setInt(3, year.value());
            s.setObject(4, AliasRows.utc(at));
            s.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO pending_artifacts (registration_id, sha256) VALUES (?, ?)")) {
            for (Sha256 blob : blobs) {
                s.setString(1, id);
                s.setString(2, blob.hex());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Deletes a registration's row (and its blob list); false when gc had already expired it. */
    static boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_artifacts WHERE registration_id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_registrations WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Forgets registrations that started before {@code before}; returns how many. */
    static int expire(Connection c, Instant before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_artifacts WHERE registration_id IN"
                + " (SELECT id FROM pending_registrations WHERE started_at < ?)")) {
            s.setObject(1, AliasRows.utc(before));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_registrations WHERE started_at < ?")) {
            s.setObject(1, AliasRows.utc(before));
            return s.executeUpdate();
        }
    }

    static boolean isPending(Connection c, Sha256 blob) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pending_artifacts WHERE sha256 = ?")) {
            s.setString(1, blob.hex());
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** How many registrations are in flight (or crashed and not yet expired). */
    static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pending_registrations");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
