package landcover.mlops.pipeline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import landcover.domain.ClassScheme;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.MlopsException;
import landcover.mlops.pipeline.truth.BatchFormat;
import landcover.mlops.pipeline.truth.CheckedBatch;
import landcover.mlops.pipeline.truth.DuplicateLocation;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.pipeline.truth.GroundTruthChecks;
import landcover.mlops.pipeline.truth.GroundTruthStore;
import landcover.mlops.pipeline.truth.GroundTruthUpload;
import landcover.mlops.pipeline.truth.IntakeResult;
import landcover.mlops.pipeline.truth.YearCoverage;
import landcover.mlops.registry.Sha256;
import landcover.mlops.train.data.LabelledGeometry;

/**
 * Ground truth in the lifecycle database: metadata in {@code gt_batches}, the bytes as received in
 * {@code gt_content}, written in one transaction, never updated. Parsed batches are cached by id
 * (they are immutable). Thread-safe.
 */
public final class JdbcGroundTruthStore implements GroundTruthStore {
    private static final String COLUMNS = "SELECT batch_id, line_year, sha256, format, label_field, source_name,"
            + " added_by, added_at, points, polygons, class_counts, duplicates FROM gt_batches ";

    private final PipelineDatabase db;
    private final ModelName line;
    private final ClassScheme scheme;
    private final YearCoverage coverage;
    private final Clock clock;
    private final Map<String, CheckedBatch> parsed = new ConcurrentHashMap<>();

    /**
     * @param line the model line whose versions are recorded as users of the batches
     * @param scheme the class scheme labels must belong to
     * @param coverage where each year has imagery
     */
    public JdbcGroundTruthStore(
            PipelineDatabase db, ModelName line, ClassScheme scheme, YearCoverage coverage, Clock clock) {
        this.db = db;
        this.line = line;
        this.scheme = scheme;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Override
    public IntakeResult add(GroundTruthUpload upload) {
        Sha256 sha = Sha256.of(upload.content().getBytes(StandardCharsets.UTF_8));
        String id = GroundTruthBatch.idOf(upload.year(), sha);
        Optional<GroundTruthBatch> existing = find(id);
        if (existing.isPresent()) {
            return new IntakeResult(existing.get(), false);
        }
        Map<String, CheckedBatch> stored = new LinkedHashMap<>();
        for (GroundTruthBatch b : list(upload.year())) {
            stored.put(b.id(), checked(b.id()));
        }
        CheckedBatch batch = GroundTruthChecks.check(upload, id, scheme, coverage, stored);
        GroundTruthBatch row = new GroundTruthBatch(
                id,
                upload.year(),
                sha,
                upload.format(),
                upload.labelField(),
                upload.sourceName(),
                upload.addedBy(),
                clock.instant(),
                batch.points(),
                batch.polygons(),
                batch.classCounts(),
                batch.duplicates(),
                List.of());
        try {
            db.inTransaction(c -> insert(c, row, upload.content()));
        } catch (MlopsException e) {
            // Two identical uploads racing: the loser finds the winner's batch.
            return find(id).map(b -> new IntakeResult(b, false)).orElseThrow(() -> e);
        }
        parsed.put(id, batch);
        return new IntakeResult(row, true);
    }

    private static Void insert(Connection c, GroundTruthBatch b, String content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gt_batches (batch_id, line_year, sha256, format,"
                + " label_field, source_name, added_by, added_at, points, polygons, class_counts, duplicates)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, b.id());
            s.setInt(2, b.year().value());
            s.setString(3, b.sha256().hex());
            s.setString(4, b.format().label());
            s.setString(5, b.labelField());
            s.setString(6, b.sourceName());
            s.setString(7, b.addedBy());
            s.setObject(8, PipelineDatabase.utc(b.addedAt()));
            s.setInt(9, b.points());
            s.setInt(10, b.polygons());
            s.setString(11, JsonColumns.write(b.classCounts()));
            s.setString(
                    12,
                    JsonColumns.write(b.duplicates().stream()
                            .map(JdbcGroundTruthStore::duplicate)
                            .toList()));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gt_content (batch_id, content) VALUES (?, ?)")) {
            s.setString(1, b.id());
            s.setString(2, content);
            s.executeUpdate();
        }
        return null;
    }

    @Override
    public List<GroundTruthBatch> list(Year year) {
        return db.read(c -> {
            List<GroundTruthBatch> out = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement(COLUMNS + "WHERE line_year = ? ORDER BY added_at, batch_id")) {
                s.setInt(1, year.value());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return withUsage(c, out);
        });
    }

    @Override
    public Optional<GroundTruthBatch> find(String batchId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + "WHERE batch_id = ?")) {
                s.setString(1, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next()
                            ? Optional.of(withUsage(c, List.of(row(rs))).getFirst())
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<LabelledGeometry> labels(String batchId) {
        return checked(batchId).items();
    }

    /** The parsed items and codes of a stored batch (cached). */
    public CheckedBatch checked(String batchId) {
        return parsed.computeIfAbsent(batchId, id -> {
            GroundTruthBatch b = find(id).orElseThrow(() -> new MlopsException("no ground-truth batch " + id));
            String content = db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT content FROM gt_content WHERE batch_id = ?")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            return GroundTruthChecks.reread(content, b.format(), b.labelField(), scheme);
        });
    }

    @Override
    public void markUsed(List<String> batchIds, ModelId model, String runId) {
        db.inTransaction(c -> {
            for (String id : batchIds) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO gt_usage (batch_id, line_name, version,"
                        + " run_id, used_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM gt_usage"
                        + " WHERE batch_id = ? AND line_name = ? AND version = ?)")) {
                    s.setString(1, id);
                    s.setString(2, model.name().value());
                    s.setInt(3, model.version().value());
                    s.setString(4, runId);
                    s.setObject(5, PipelineDatabase.utc(clock.instant()));
                    s.setString(6, id);
                    s.setString(7, model.name().value());
                    s.setInt(8, model.version().value());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    private List<GroundTruthBatch> withUsage(Connection c, List<GroundTruthBatch> batches) throws SQLException {
        List<GroundTruthBatch> out = new ArrayList<>();
        for (GroundTruthBatch b : batches) {
            List<ModelId> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT line_name, version FROM gt_usage WHERE batch_id = ? AND line_name = ? ORDER BY version")) {
                s.setString(1, b.id());
                s.setString(2, line.value());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        users.add(
                                new ModelId(new ModelName(rs.getString(1)), b.year(), new ModelVersion(rs.getInt(2))));
                    }
                }
            }
            out.add(new GroundTruthBatch(
                    b.id(),
                    b.year(),
                    b.sha256(),
                    b.format(),
                    b.labelField(),
                    b.sourceName(),
                    b.addedBy(),
                    b.addedAt(),
                    b.points(),
                    b.polygons(),
                    b.classCounts(),
                    b.duplicates(),
                    users));
        }
        return out;
    }

    private static GroundTruthBatch row(ResultSet rs) throws SQLException {
        Map<Integer, Integer> counts = JsonColumns.read(rs.getString("class_counts"), new TypeReference<>() {});
        List<Map<String, Object>> stored = JsonColumns.read(rs.getString("duplicates"), new TypeReference<>() {});
        List<DuplicateLocation> duplicates =
                stored.stream().map(JdbcGroundTruthStore::duplicate).toList();
        return new GroundTruthBatch(
                rs.getString("batch_id"),
                new Year(rs.getInt("line_year")),
                new Sha256(rs.getString("sha256")),
                BatchFormat.valueOf(rs.getString("format").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("label_field"),
                rs.getString("source_name"),
                rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(),
                rs.getInt("points"),
                rs.getInt("polygons"),
                counts,
                duplicates,
                List.of());
    }

    /* Mapped by hand (no reflection on our records: the package need not be opened to Jackson). */
    private static Map<String, Object> duplicate(DuplicateLocation d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", d.item());
        m.put("otherBatch", d.otherBatch());
        m.put("otherItem", d.otherItem());
        m.put("classCode", d.classCode());
        m.put("otherClassCode", d.otherClassCode());
        m.put("distanceM", d.distanceM());
        return m;
    }

    private static DuplicateLocation duplicate(Map<String, Object> m) {
        return new DuplicateLocation(
                (String) m.get("item"),
                (String) m.get("otherBatch"),
                (String) m.get("otherItem"),
                ((Number) m.get("classCode")).intValue(),
                ((Number) m.get("otherClassCode")).intValue(),
                ((Number) m.get("distanceM")).doubleValue());
    }
}
