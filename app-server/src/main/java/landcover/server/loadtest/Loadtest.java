package landcover.server.loadtest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.domain.aoi.Aoi;
import org.locationtech.jts.geom.Geometry;

/**
 * The published load test against a running server: {@code requests} predictions of random AOIs
 * ({@link LoadtestAois}) inside the coverage of the years asked for, one year per request in turn,
 * sent by {@code concurrency} clients; then a Markdown report and a PNG chart.
 */
public final class Loadtest {
    /** Every {@value}-th request uses the next of the extra AOIs, when some were given. */
    static final int EXTRA_EVERY = 10;

    private Loadtest() {}

    /**
     * Runs the load test and writes {@code loadtest.md} and {@code loadtest.png} into the settings'
     * folder.
     *
     * @return the summary (one JSON-ready map)
     * @throws LoadtestException when the server cannot be reached, is not ready or does not serve a year
     */
    public static Map<String, Object> run(LoadtestSettings settings, PrintWriter log) {
        LoadtestClient client = new LoadtestClient(settings.url(), settings.apiKey());
        client.awaitReady(settings.waitReady());
        Map<Integer, String> served = client.servedYears();
        List<Integer> years = years(settings, served);
        List<String> aois = aois(settings, served, years);
        log.println("loadtest: " + settings.requests() + " predictions, " + settings.concurrency() + " clients, years "
                + years + ", against " + settings.url());
        log.flush();
        Map<String, Long> before = ReplicaCounts.parse(client.metrics());
        LoadtestResult run = send(client, settings, years, aois);
        Map<String, Long> counted = ReplicaCounts.delta(before, ReplicaCounts.parse(client.metrics()));
        LoadtestResult result =
                new LoadtestResult(settings, years, run.startedAt(), run.wallNanos(), run.samples(), counted);
        Path png = LoadtestChart.write(result, settings.out().resolve("loadtest.png"));
        LoadtestReport.writeMarkdown(result, settings.out().resolve("loadtest.md"), png.getFileName());
        return LoadtestReport.summary(result);
    }

    private static List<Integer> years(LoadtestSettings settings, Map<Integer, String> served) {
        if (served.isEmpty()) {
            throw new LoadtestException(settings.url() + " serves no year");
        }
        for (int year : settings.years()) {
            if (!served.containsKey(year)) {
                throw new LoadtestException("--years: " + year + " is not served by " + settings.url() + " (served: "
                        + served.keySet() + ")");
            }
        }
        return settings.years().isEmpty() ? List.copyOf(served.keySet()) : settings.years();
    }

    private static List<String> aois(LoadtestSettings settings, Map<Integer, String> served, List<Integer> years) {
        Geometry coverage = null;
        for (int year : years) {
            Geometry g = Aoi.parse(served.get(year)).geometry();
            coverage = coverage == null ? g : coverage.intersection(g);
        }
        List<String> aois = new ArrayList<>(LoadtestAois.random(coverage, settings.requests(), settings.seed()));
        List<String> extra = settings.extraAois();
        for (int i = EXTRA_EVERY - 1, k = 0; i < aois.size() && !extra.isEmpty(); i += EXTRA_EVERY, k++) {
            aois.set(i, extra.get(k % extra.size()));
        }
        return aois;
    }

    private static LoadtestResult send(
            LoadtestClient client, LoadtestSettings settings, List<Integer> years, List<String> aois) {
        AtomicInteger next = new AtomicInteger();
        List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant startedAt = Instant.now();
        long origin = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(settings.concurrency())) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < settings.concurrency(); c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < aois.size(); i = next.getAndIncrement()) {
                        samples.add(client.predict(i, years.get(i % years.size()), aois.get(i), origin));
                    }
                }));
            }
            await(running);
        }
        long wall = samples.stream().mapToLong(Sample::endNanos).max().orElse(0);
        List<Sample> sorted =
                samples.stream().sorted(Comparator.comparingInt(Sample::index)).toList();
        return new LoadtestResult(settings, years, startedAt, wall, sorted, Map.of());
    }

    private static void await(List<Future<?>> running) {
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadtestException("interrupted", e);
        } catch (ExecutionException e) {
            throw new LoadtestException("a client failed: " + e.getCause(), e.getCause());
        }
    }
}
