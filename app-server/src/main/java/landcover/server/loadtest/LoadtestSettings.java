package landcover.server.loadtest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a load test sends and where it writes its report.
 *
 * @param url the server's base URL (REST)
 * @param requests how many predictions to ask for
 * @param concurrency how many clients send at once, each waiting for its answer before the next
 * @param years the years to ask for, one per request in turn; empty: every year the server serves
 * @param seed the seed of the random AOIs
 * @param extraAois GeoJSON AOIs mixed in among the random ones (every k-th request, in turn)
 * @param out the folder receiving {@code loadtest.md} and {@code loadtest.png}
 * @param apiKey the API key to send, or null
 * @param waitReady how long to wait for the server to turn ready
 */
public record LoadtestSettings(
        URI url,
        int requests,
        int concurrency,
        List<Integer> years,
        long seed,
        List<String> extraAois,
        Path out,
        String apiKey,
        Duration waitReady) {
    public LoadtestSettings {
        years = List.copyOf(years);
        extraAois = List.copyOf(extraAois);
    }
}
