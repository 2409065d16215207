package landcover.mlops.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;

/** SQL for model lines, versions and their artifact manifests. Stateless. */
final class VersionRows {
    private static final String VERSION_COLUMNS =
            "SELECT line_name, line_year, version, created_at, imported_from, lineage FROM model_versions ";

    private VersionRows() {}

    /** Creates the counter row of a line if missing (racing creators: the loser's duplicate is ignored). */
    static void ensureLine(Connection c, ModelName name, Year year) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM model_lines WHERE line_name = ? AND line_year = ?")) {
            bindLine(s, name, year);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO model_lines (line_name, line_year, last_version) VALUES (?, ?, 0)")) {
            bindLine(s, name, year);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!Database.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    /** Locks the line's counter row until the transaction ends; empty when the line does not exist. */
    static Optional<Integer> lockLine(Connection c, ModelName name, Year year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT last_version FROM model_lines WHERE line_name = ? AND line_year = ? FOR UPDATE")) {
            bindLine(s, name, year);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    /** Takes the next version number of a locked line. */
    static ModelVersion takeNext(Connection c, ModelName name, Year year, int last) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE model_lines SET last_version = ? WHERE line_name = ? AND line_year = ?")) {
            s.setInt(1, last + 1);
            s.setString(2, name.value());
            s.setInt(3, year.value());
            s.executeUpdate();
        }
        return new ModelVersion(last + 1);
    }

    static void insert(Connection c, ModelVersionRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO model_versions (line_name, line_year, version,"
                + " created_at, created_by, synthetic, feature_hash, parent_version, imported_from, lineage)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindId(s, r.id());
            s.setObject(4, OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC));
            s.setString(5, r.lineage().createdBy().who());
            s.setBoolean(6, r.lineage().synthetic());
            s.setString(7, r.lineage().featureHash().hex());
            s.setObject(
                    8,
                    r.lineage().parent() == null ? null : r.lineage().parent().value(),
                    java.sql.Types.INTEGER);
            s.setString(9, r.importedFrom());
            s.setString(10, LineageJson.toJson(r.lineage()));
            s.executeUpdate();
        }
        insertArtifacts(c, r);
    }

    private static void insertArtifacts(Connection c, ModelVersionRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO artifacts (line_name, line_year, version,"
                + " file_name, position, sha256, size_bytes, media_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ArtifactEntry a : r.artifacts()) {
                bindId(s, r.id());
                s.setString(4, a.name());
                s.setInt(5, position++);
                s.setString(6, a.sha256().hex());
                s.setLong(7, a.sizeBytes());
                s.setString(8, a.mediaType());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static Optional<ModelVersionRecord> find(Connection c, ModelId id) throws SQLException {
        List<ModelVersionRecord> found =
                query(c, "WHERE line_name = ? AND line_year = ? AND version = ?", id.name(), id.year(), id.version());
        return found.stream().findFirst();
    }

    static List<ModelVersionRecord> list(Connection c, ModelName name, Year year) throws SQLException {
        return query(c, "WHERE line_name = ? AND line_year = ?", name, year, null);
    }

    private static List<ModelVersionRecord> query(
            Connection c, String where, ModelName name, Year year, ModelVersion version) throws SQLException {
        Map<Integer, List<ArtifactEntry>> artifacts = artifacts(c, where, name, year, version);
        List<ModelVersionRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(VERSION_COLUMNS + where + " ORDER BY version")) {
            bind(s, name, year, version);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ModelId id = new ModelId(name, year, new ModelVersion(rs.getInt("version")));
                    out.add(new ModelVersionRecord(
                            id,
                            LineageJson.fromJson(rs.getString("lineage")),
                            artifacts.getOrDefault(id.version().value(), List.of()),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rs.getString("imported_from")));
                }
            }
        }
        return out;
    }

    private static Map<Integer, List<ArtifactEntry>> artifacts(
            Connection c, String where, ModelName name, Year year, ModelVersion version) throws SQLException {
        Map<Integer, List<ArtifactEntry>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, file_name, sha256, size_bytes, media_type"
                + " FROM artifacts " + where + " ORDER BY version, position")) {
            bind(s, name, year, version);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), v -> new ArrayList<>())
                            .add(new ArtifactEntry(
                                    rs.getString(2), new Sha256(rs.getString(3)), rs.getLong(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Versions of a line whose {@code imported_from} equals {@code source}. */
    static Optional<ModelVersion> importedFrom(Connection c, ModelName name, Year year, String source)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(version) FROM model_versions"
                + " WHERE line_name = ? AND line_year = ? AND imported_from = ?")) {
            bindLine(s, name, year);
            s.setString(3, source);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int v = rs.getInt(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(new ModelVersion(v));
            }
        }
    }

    /** Line names with their years, ordered. */
    static Map<ModelName, List<Year>> lines(Connection c) throws SQLException {
        Map<ModelName, List<Year>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT line_name, line_year FROM model_lines"
                        + " WHERE last_version > 0 ORDER BY line_name, line_year");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(new ModelName(rs.getString(1)), n -> new ArrayList<>())
                        .add(new Year(rs.getInt(2)));
            }
        }
        return out;
    }

    /** Whether any version references the blob. */
    static boolean isReferenced(Connection c, Sha256 sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM artifacts WHERE sha256 = ?")) {
            s.setString(1, sha256.hex());
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bind(PreparedStatement s, ModelName name, Year year, ModelVersion version) throws SQLException {
        bindLine(s, name, year);
        if (version != null) {
            s.setInt(3, version.value());
        }
    }

    static void bindLine(PreparedStatement s, ModelName name, Year year) throws SQLException {
        s.setString(1, name.value());
        s.setInt(2, year.value());
    }

    static void bindId(PreparedStatement s, ModelId id) throws SQLException {
        bind(s, id.name(), id.year(), id.version());
    }
}
