package landcover.server.cli;

import java.io.PrintWriter;
import landcover.mlops.registry.AliasEvent;

/** Prints one promotion event. */
final class EventOutput {
    private EventOutput() {}

    static void print(AliasEvent e, boolean json, PrintWriter out) {
        if (json) {
            out.println(JsonOutput.line(ModelJson.event(e)));
        } else {
            out.println(e.alias() + ": " + (e.from() == null ? "unset" : e.from()) + " -> "
                    + (e.to() == null ? "unset" : e.to()) + " ("
                    + e.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " by " + e.by() + " at " + e.at() + ")");
        }
    }
}
