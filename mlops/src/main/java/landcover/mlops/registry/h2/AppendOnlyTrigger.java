package landcover.mlops.registry.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every UPDATE and DELETE on the table it is attached to (the promotion
 * history). Public only because H2 instantiates triggers by class name; the package is not
 * exported.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table = "?";

    /** Called by H2. */
    public AppendOnlyTrigger() {
        // H2 needs a public no-argument constructor.
    }

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "23000");
    }
}
