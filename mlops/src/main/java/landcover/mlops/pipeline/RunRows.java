package landcover.mlops.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.pipeline.store.JsonColumns;
import landcover.mlops.pipeline.store.PipelineDatabase;

/** SQL for runs and their steps. Stateless. */
final class RunRows {
    private static final String RUN_COLUMNS = "SELECT run_id, line_name, line_year, trigger_kind, trigger_detail,"
            + " requested_by, status, created_at, updated_at, finished_at, request, outcome, message FROM pipeline_runs ";
    private static final String STEP_COLUMNS = "SELECT step, state, cache_key, cached, attempts, inputs, outputs,"
            + " started_at, finished_at, log FROM pipeline_steps WHERE run_id = ? ORDER BY position";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private RunRows() {}

    static void insert(Connection c, RunRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pipeline_runs (run_id, line_name, line_year,"
                + " trigger_kind, trigger_detail, requested_by, status, created_at, updated_at, finished_at, request,"
                + " outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setString(2, r.line().value());
            s.setInt(3, r.year().value());
            s.setString(4, r.trigger().kind().label());
            s.setString(5, r.trigger().detail());
            s.setString(6, r.trigger().requestedBy());
            s.setString(7, r.status().name());
            s.setObject(8, PipelineDatabase.utc(r.createdAt()));
            s.setObject(9, PipelineDatabase.utc(r.updatedAt()));
            s.setObject(10, PipelineDatabase.utc(r.finishedAt()));
            s.setString(11, JsonColumns.write(r.request()));
            s.setString(12, r.outcome().isEmpty() ? null : JsonColumns.write(r.outcome()));
            s.setString(13, r.message());
            s.executeUpdate();
        }
        int position = 0;
        for (StepRecord step : r.steps()) {
            insertStep(c, r.id(), position++, step);
        }
    }

    private static void insertStep(Connection c, String runId, int position, StepRecord step) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pipeline_steps (run_id, position, step, state,"
                + " cached, attempts, log) VALUES (?, ?, ?, ?, FALSE, 0, '')")) {
            s.setString(1, runId);
            s.setInt(2, position);
            s.setString(3, step.step().label());
            s.setString(4, step.state().name());
            s.executeUpdate();
        }
    }

    /** Sets the status, message, outcome (when not null) and finish time (for ended runs). */
    static void updateRun(
            Connection c, String id, RunStatus status, String message, Map<String, Object> outcome, Instant now)
            throws SQLException {
        boolean ended = !status.isActive();
        try (PreparedStatement s =
                c.prepareStatement("UPDATE pipeline_runs SET status = ?, message = ?, updated_at = ?,"
                        + " finished_at = ?, outcome = COALESCE(?, outcome) WHERE run_id = ?")) {
            s.setString(1, status.name());
            s.setString(2, message == null ? "" : truncate(message, 4000));
            s.setObject(3, PipelineDatabase.utc(now));
            s.setObject(4, ended ? PipelineDatabase.utc(now) : null, Types.TIMESTAMP_WITH_TIMEZONE);
            s.setString(5, outcome == null ? null : JsonColumns.write(outcome));
            s.setString(6, id);
            s.executeUpdate();
        }
    }

    static void updateStep(Connection c, String runId, StepRecord step) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pipeline_steps SET state = ?, cache_key = ?, cached = ?,"
                + " attempts = ?, inputs = ?, outputs = ?, started_at = ?, finished_at = ?, log = ?"
                + " WHERE run_id = ? AND step = ?")) {
            s.setString(1, step.state().name());
            s.setString(2, step.cacheKey());
            s.setBoolean(3, step.cached());
            s.setInt(4, step.attempts());
            s.setString(5, JsonColumns.write(step.inputs()));
            s.setString(6, JsonColumns.write(step.outputs()));
            s.setObject(7, PipelineDatabase.utc(step.startedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            s.setObject(8, PipelineDatabase.utc(step.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            s.setString(9, truncate(step.log(), 1_000_000));
            s.setString(10, runId);
            s.setString(11, step.step().label());
            s.executeUpdate();
        }
    }

    static Optional<RunRecord> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RUN_COLUMNS + "WHERE run_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(run(c, rs)) : Optional.empty();
            }
        }
    }

    /** Runs newest first, of one year when {@code year} is not null, of some statuses when given. */
    static List<RunRecord> list(Connection c, ModelName line, Year year, List<RunStatus> statuses, int limit)
            throws SQLException {
        StringBuilder where = new StringBuilder("WHERE line_name = ?");
        if (year != null) {
            where.append(" AND line_year = ?");
        }
        if (!statuses.isEmpty()) {
            where.append(" AND status IN (")
                    .append("?,".repeat(statuses.size() - 1))
                    .append("?)");
        }
        List<RunRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                RUN_COLUMNS + where + " ORDER BY created_at DESC, run_id DESC FETCH FIRST " + limit + " ROWS ONLY")) {
            int i = 1;
            s.setString(i++, line.value());
            if (year != null) {
                s.setInt(i++, year.value());
            }
            for (RunStatus status : statuses) {
                s.setString(i++, status.name());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(run(c, rs));
                }
            }
        }
        return out;
    }

    private static RunRecord run(Connection c, ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new RunRecord(
                rs.getString("run_id"),
                new ModelName(rs.getString("line_name")),
                new Year(rs.getInt("line_year")),
                new Trigger(
                        TriggerKind.parse(rs.getString("trigger_kind")),
                        rs.getString("trigger_detail"),
                        rs.getString("requested_by")),
                RunStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "finished_at"),
                JsonColumns.read(rs.getString("request"), MAP),
                outcome == null ? Map.of() : JsonColumns.read(outcome, MAP),
                rs.getString("message"),
                steps(c, rs.getString("run_id")));
    }

    private static List<StepRecord> steps(Connection c, String runId) throws SQLException {
        List<StepRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STEP_COLUMNS)) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String inputs = rs.getString("inputs");
                    String outputs = rs.getString("outputs");
                    out.add(new StepRecord(
                            StepName.parse(rs.getString("step")),
                            StepState.valueOf(rs.getString("state")),
                            rs.getString("cache_key"),
                            rs.getBoolean("cached"),
                            rs.getInt("attempts"),
                            inputs == null ? Map.of() : JsonColumns.read(inputs, MAP),
                            outputs == null ? Map.of() : JsonColumns.read(outputs, MAP),
                            instant(rs, "started_at"),
                            instant(rs, "finished_at"),
                            rs.getString("log")));
                }
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return PipelineDatabase.instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
