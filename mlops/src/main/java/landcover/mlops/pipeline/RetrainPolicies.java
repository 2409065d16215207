package landcover.mlops.pipeline;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.mlops.pipeline.store.JsonColumns;
import landcover.mlops.pipeline.store.PipelineDatabase;

/** The decision policy of each year: a stored row, or the configured default. Thread-safe. */
final class RetrainPolicies {
    private final PipelineDatabase db;
    private final ModelName line;
    private final DecisionPolicy fallback;
    private final Clock clock;

    RetrainPolicies(PipelineDatabase db, ModelName line, DecisionPolicy fallback, Clock clock) {
        this.db = db;
        this.line = line;
        this.fallback = fallback;
        this.clock = clock;
    }

    DecisionPolicy of(Year year) {
        String json = db.read(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT policy FROM retrain_policies WHERE line_name = ? AND line_year = ?")) {
                s.setString(1, line.value());
                s.setInt(2, year.value());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return json == null ? fallback : DecisionPolicy.fromJson(json, fallback);
    }

    void set(Year year, DecisionPolicy policy, String by) {
        String json = JsonColumns.write(policy.toMap());
        db.inTransaction(c -> {
            try (PreparedStatement d =
                    c.prepareStatement("DELETE FROM retrain_policies WHERE line_name = ? AND line_year = ?")) {
                d.setString(1, line.value());
                d.setInt(2, year.value());
                d.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO retrain_policies (line_name, line_year, policy,"
                    + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, line.value());
                s.setInt(2, year.value());
                s.setString(3, json);
                s.setString(4, by);
                s.setObject(5, PipelineDatabase.utc(clock.instant()));
                return s.executeUpdate();
            }
        });
    }
}
