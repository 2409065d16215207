package landcover.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import landcover.domain.DomainException;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.server.loadtest.Loadtest;
import landcover.server.loadtest.LoadtestException;
import landcover.server.loadtest.LoadtestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover loadtest}: the published load test against a running server. Prints one JSON
 * line of figures; writes {@code loadtest.md} and {@code loadtest.png} into {@code --out}.
 */
@Command(
        name = "loadtest",
        mixinStandardHelpOptions = true,
        description = {
            "Send predictions of random AOIs (4-10-vertex polygons, envelope <= 0.0005 deg², aspect 0.5-2,",
            "inside the served coverage; deterministic for --seed) to a running server, --concurrency at a time.",
            "Prints total time, throughput, p50/p95/p99 latency, statuses, requests per replica and mean",
            "confidence as one JSON line, and writes loadtest.md and loadtest.png (latency, cumulative",
            "predictions and confidence over time) into --out. Exits 1 when a request got a server error."
        })
final class LoadtestCommand implements Callable<Integer> {
    @Option(
            names = "--url",
            paramLabel = "URL",
            defaultValue = "http://localhost:8080",
            description = "The server's REST base URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(
            names = "--requests",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Predictions to send (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(
            names = "--concurrency",
            paramLabel = "C",
            defaultValue = "8",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--years",
            paramLabel = "YEAR",
            split = ",",
            description = "Years to ask for, one per request in turn (default: every served year).")
    List<Integer> years = new ArrayList<>();

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "42",
            description = "Seed of the random AOIs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--aoi",
            paramLabel = "FILE",
            description = "A GeoJSON AOI to mix in (every 10th request uses the next one; repeatable).")
    List<Path> aois = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "loadtest-report",
            description = "Folder for loadtest.md and loadtest.png (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--api-key", paramLabel = "KEY", description = "API key, when the server requires one.")
    String apiKey;

    @Option(
            names = "--wait",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "Wait up to this long for the server to turn ready (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadtestSettings settings = settings();
        try {
            var summary = Loadtest.run(settings, spec.commandLine().getErr());
            spec.commandLine().getOut().println(JsonOutput.line(summary));
            return ((Number) summary.get("serverErrors")).longValue() == 0 ? ExitCodes.OK : ExitCodes.INTERNAL;
        } catch (LoadtestException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private LoadtestSettings settings() {
        positive("--requests", requests, 10_000_000);
        positive("--concurrency", concurrency, 1024);
        if (waitSeconds < 0) {
            throw new BadInputException("--wait must be 0 or more seconds, was " + waitSeconds);
        }
        years.forEach(LoadtestCommand::year);
        List<String> extra = aois.stream().map(LoadtestCommand::aoi).toList();
        return new LoadtestSettings(
                baseUrl(),
                requests,
                concurrency,
                years.stream().distinct().toList(),
                seed,
                extra,
                outDir(),
                apiKey,
                Duration.ofSeconds(waitSeconds));
    }

    private static void positive(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new BadInputException(option + " must be between 1 and " + max + ", was " + value);
        }
    }

    private URI baseUrl() {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new BadInputException("--url must be an http(s) URL with a host, was '" + url + "'");
            }
            return uri.resolve("/");
        } catch (URISyntaxException e) {
            throw new BadInputException("--url is not a URL: " + e.getMessage(), e);
        }
    }

    private static void year(int value) {
        try {
            new Year(value);
        } catch (DomainException e) {
            throw new BadInputException("--years: " + e.getMessage(), e);
        }
    }

    private static String aoi(Path file) {
        String text = InputFiles.readText(file);
        try {
            Aoi.parse(text);
        } catch (DomainException e) {
            throw new BadInputException("--aoi " + file + ": " + e.getMessage(), e);
        }
        return text;
    }

    private Path outDir() {
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInputException("--out: cannot create " + out + ": " + e.getMessage(), e);
        }
    }
}
