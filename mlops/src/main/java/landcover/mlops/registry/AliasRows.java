package landcover.mlops.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;

/**
 * SQL for aliases and the promotion history. The history is only ever inserted into: this class
 * (and the whole code base) has no UPDATE or DELETE on {@code alias_events}. Stateless.
 */
final class AliasRows {
    private static final String EVENT_COLUMNS = "SELECT seq, line_name, line_year, alias, kind, from_version,"
            + " to_version, moved_by, reason, moved_at, from_metrics, to_metrics FROM alias_events ";

    private AliasRows() {}

    static Map<Alias, ModelVersion> current(Connection c, ModelName name, Year year) throws SQLException {
        Map<Alias, ModelVersion> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT alias, version FROM aliases WHERE line_name = ? AND line_year = ? ORDER BY alias")) {
            VersionRows.bindLine(s, name, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(new Alias(rs.getString(1)), new ModelVersion(rs.getInt(2)));
                }
            }
        }
        return out;
    }

    static Optional<ModelVersion> current(Connection c, AliasRef ref) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT version FROM aliases WHERE line_name = ? AND line_year = ? AND alias = ?")) {
            bind(s, ref);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ModelVersion(rs.getInt(1))) : Optional.empty();
            }
        }
    }

    /** Points the alias at {@code version}; the caller holds the line lock, so update-else-insert cannot race. */
    static void set(Connection c, AliasRef ref, ModelVersion version, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE aliases SET version = ?, moved_at = ?"
                + " WHERE line_name = ? AND line_year = ? AND alias = ?")) {
            s.setInt(1, version.value());
            s.setObject(2, utc(at));
            s.setString(3, ref.name().value());
            s.setInt(4, ref.year().value());
            s.setString(5, ref.alias().value());
            if (s.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO aliases (line_name, line_year, alias, version," + " moved_at) VALUES (?, ?, ?, ?, ?)")) {
            bind(s, ref);
            s.setInt(4, version.value());
            s.setObject(5, utc(at));
            s.executeUpdate();
        }
    }

    static void remove(Connection c, AliasRef ref) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("DELETE FROM aliases WHERE line_name = ? AND line_year = ? AND alias = ?")) {
            bind(s, ref);
            s.executeUpdate();
        }
    }

    /** Appends an event (its sequence is ignored) and returns it with the sequence the database gave it. */
    static AliasEvent append(Connection c, AliasEvent e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO alias_events (line_name, line_year, alias, kind,"
                        + " from_version, to_version, moved_by, reason, moved_at, from_metrics, to_metrics)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(s, e.alias());
            s.setString(4, e.kind().name());
            s.setObject(5, e.from() == null ? null : e.from().value(), Types.INTEGER);
            s.setObject(6, e.to() == null ? null : e.to().value(), Types.INTEGER);
            s.setString(7, e.by());
            s.setString(8, e.reason());
            s.setObject(9, utc(e.at()));
            s.setString(10, e.fromMetrics() == null ? null : e.fromMetrics().json());
            s.setString(11, e.toMetrics() == null ? null : e.toMetrics().json());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new AliasEvent(
                        keys.getLong("seq"),
                        e.alias(),
                        e.kind(),
                        e.from(),
                        e.to(),
                        e.by(),
                        e.reason(),
                        e.at(),
                        e.fromMetrics(),
                        e.toMetrics());
            }
        }
    }

    /** Events of a line and year (of one alias when {@code alias} is not null), oldest first. */
    static List<AliasEvent> events(Connection c, ModelName name, Year year, Alias alias) throws SQLException {
        String where = "WHERE line_name = ? AND line_year = ?" + (alias == null ? "" : " AND alias = ?");
        List<AliasEvent> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(EVENT_COLUMNS + where + " ORDER BY seq")) {
            VersionRows.bindLine(s, name, year);
            if (alias != null) {
                s.setString(3, alias.value());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
        }
        return out;
    }

    /** The alias's target after the last event at or before {@code at}. */
    static Optional<ModelVersion> asOf(Connection c, AliasRef ref, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_version FROM alias_events"
                + " WHERE line_name = ? AND line_year = ? AND alias = ? AND moved_at <= ?"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            bind(s, ref);
            s.setObject(4, utc(at));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int version = rs.getInt(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(new ModelVersion(version));
            }
        }
    }

    private static AliasEvent event(ResultSet rs) throws SQLException {
        AliasRef ref = new AliasRef(
                new ModelName(rs.getString("line_name")),
                new Year(rs.getInt("line_year")),
                new Alias(rs.getString("alias")));
        return new AliasEvent(
                rs.getLong("seq"),
                ref,
                AliasEvent.Kind.valueOf(rs.getString("kind")),
                version(rs, "from_version"),
                version(rs, "to_version"),
                rs.getString("moved_by"),
                rs.getString("reason"),
                rs.getObject("moved_at", OffsetDateTime.class).toInstant(),
                metrics(rs.getString("from_metrics")),
                metrics(rs.getString("to_metrics")));
    }

    private static ModelVersion version(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : new ModelVersion(v);
    }

    private static JsonDocument metrics(String json) {
        return json == null ? null : new JsonDocument(json);
    }

    private static void bind(PreparedStatement s, AliasRef ref) throws SQLException {
        VersionRows.bindLine(s, ref.name(), ref.year());
        s.setString(3, ref.alias().value());
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
