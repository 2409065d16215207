package landcover.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import java.io.OutputStream;
import landcover.mlops.monitoring.LandcoverMetrics;

/** {@code GET /metrics}: every metric in the Prometheus text format 0.0.4, for scraping. */
public final class MetricsRoutes {
    private MetricsRoutes() {}

    /** Registers the scrape endpoint. */
    public static void routing(HttpRouting.Builder routing, LandcoverMetrics metrics) {
        routing.get("/metrics", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, LandcoverMetrics.TEXT_CONTENT_TYPE);
            try (OutputStream out = res.outputStream()) {
                metrics.writeText(out);
            }
        });
        Methods.refuseOthers(routing, "/metrics", Method.GET);
    }
}
