package landcover.server.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import landcover.mlops.monitoring.HttpMetrics;

/**
 * Times every request and records it by method, matched route template and status class. Runs
 * around routing and the error handlers, so the status recorded is the one sent.
 */
final class RequestMetricsFilter implements Filter {
    private final HttpMetrics metrics;

    RequestMetricsFilter(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            String route = req.matchingPattern().filter(p -> !p.isEmpty()).orElse(HttpMetrics.UNMATCHED_ROUTE);
            metrics.record(req.prologue().method().text(), route, res.status().code(), System.nanoTime() - start);
        }
    }
}
