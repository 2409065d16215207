package landcover.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import landcover.domain.Alias;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.mlops.pipeline.BootstrapOp;
import landcover.mlops.pipeline.BootstrapReport;
import landcover.mlops.pipeline.BootstrapSettings;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.PredictionRequest;
import landcover.mlops.serving.PredictionService;
import landcover.mlops.serving.PredictionServices;
import landcover.mlops.serving.ResultRetention;
import landcover.mlops.serving.ResultStore;
import landcover.mlops.serving.ResultStores;
import landcover.mlops.serving.ServingSettings;
import landcover.mlops.serving.YearPrediction;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.LocalCatalog;
import org.locationtech.jts.geom.Envelope;

/**
 * The published load test through {@code PredictionService}, in process: the embedded first start
 * (bootstrap into an empty data directory, then a second start), then {@code requests} predictions of
 * random AOIs ({@link RandomAois}) over the sample years, {@code concurrency} at a time, with where
 * each request's time went. Writes a Markdown section. Usage: {@code ServingBenchmark RESULTS_DIR
 * DATA_DIR [requests concurrency]}; an existing DATA_DIR is reused (no first-start figures).
 */
public final class ServingBenchmark {
    private ServingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Files.createDirectories(Path.of(args[0]));
        EmbeddedLayout layout = new EmbeddedLayout(Path.of(args[1]));
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        StringBuilder md = new StringBuilder();
        boolean fresh = !Files.exists(layout.sampleRegion());
        try (ModelRegistry registry = ModelRegistries.open(layout.registry())) {
            BootstrapReport first =
                    bootstrap(layout, registry, md, fresh ? "First start (empty data directory)" : null);
            bootstrap(layout, registry, md, "Second start (everything reused)");
            try (ImagerySource imagery = LocalCatalog.open(layout.catalog());
                    ResultStore store = ResultStores.files(
                            Files.createTempDirectory(results, "results-"),
                            ResultRetention.defaults(),
                            Clock.systemUTC())) {
                load(registry, imagery, store, requests, concurrency, md);
            }
            if (first == null) {
                md.append("\n(First start not measured: the data directory existed.)\n");
            }
        }
        Files.writeString(results.resolve("50-serving.md"), md.toString());
    }

    private static BootstrapReport bootstrap(
            EmbeddedLayout layout, ModelRegistry registry, StringBuilder md, String title) {
        if (title == null) {
            return null;
        }
        List<String> log = new ArrayList<>();
        long cpu0 = cpuNanos();
        BootstrapReport r = BootstrapOp.run(
                BootstrapSettings.defaults(layout, new CodeVersion("bench", Map.of()), line -> {
                    log.add(line);
                    System.err.println(line);
                }),
                registry);
        md.append(String.format(
                Locale.ROOT,
                "**%s:** %.1f s wall, %.1f s CPU; %d model(s) registered.%n%n",
                title,
                r.total().toMillis() / 1e3,
                (cpuNanos() - cpu0) / 1e9,
                r.registered()));
        if (r.registered() > 0 || r.generatedSampleRegion()) {
            md.append("```\n");
            log.forEach(l -> md.append(l).append('\n'));
            md.append("```\n\n");
        }
        return r;
    }

    private record Sample(long nanos, YearPrediction prediction, String error) {}

    private static void load(
            ModelRegistry registry,
            ImagerySource imagery,
            ResultStore store,
            int requests,
            int concurrency,
            StringBuilder md)
            throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ServingSettings settings = ServingSettings.defaults().withRefreshInterval(Duration.ZERO);
        try (PredictionService service = PredictionServices.builder(registry, imagery, store)
                .settings(settings)
                .start()) {
            long deploy0 = System.nanoTime();
            int deployed = service.deployments().deployAll(Alias.PRODUCTION).size();
            double deploySeconds = (System.nanoTime() - deploy0) / 1e9;
            List<Year> years = imagery.years();
            Envelope region = imagery.coverage(years.getFirst()).getEnvelopeInternal();
            region.expandBy(-0.002);
            List<Aoi> warmup = RandomAois.generate(region, 100, 7);
            run(service, warmup, years, concurrency);
            List<Aoi> aois = RandomAois.generate(region, requests, 2024);
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            List<Sample> samples = run(service, aois, years, concurrency);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            report(md, samples, wall, cpu, cores, concurrency, deployed, deploySeconds, settings);
        }
    }

    private static List<Sample> run(PredictionService service, List<Aoi> aois, List<Year> years, int concurrency)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Sample>> futures = new ArrayList<>();
            for (int i = 0; i < aois.size(); i++) {
                Aoi aoi = aois.get(i);
                Year year = years.get(i % years.size());
                futures.add(clients.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        YearPrediction p = service.predict(PredictionRequest.of(aoi, year))
                                .predictions()
                                .getFirst();
                        return new Sample(System.nanoTime() - t, p, null);
                    } catch (RuntimeException e) {
                        return new Sample(
                                System.nanoTime() - t, null, e.getClass().getSimpleName());
                    }
                }));
            }
            List<Sample> samples = new ArrayList<>();
            for (Future<Sample> f : futures) {
                samples.add(f.get());
            }
            return samples;
        } finally {
            clients.shutdown();
        }
    }

    private static void report(
            StringBuilder md,
            List<Sample> samples,
            double wall,
            double cpu,
            int cores,
            int concurrency,
            int deployed,
            double deploySeconds,
            ServingSettings settings) {
        List<Sample> ok = samples.stream().filter(s -> s.prediction() != null).toList();
        long[] latency = ok.stream().mapToLong(Sample::nanos).sorted().toArray();
        Map<String, Long> errors = new TreeMap<>();
        samples.stream().filter(s -> s.error() != null).forEach(s -> errors.merge(s.error(), 1L, Long::sum));
        Map<String, Long> replicas = new TreeMap<>();
        ok.forEach(s -> replicas.merge(s.prediction().replica(), 1L, Long::sum));
        double pixels = ok.stream()
                .mapToLong(s -> s.prediction().pixels().aoi())
                .average()
                .orElse(0);
        md.append(String.format(
                Locale.ROOT,
                "**Load test:** %d requests (random 4-10-vertex polygons, envelope <= 0.0005 deg2, aspect 0.5-2, "
                        + "inside the sample region; years 2020-2024 in turn), %d at a time, through PredictionService "
                        + "in process; %d production deployments x %d replicas (loaded in %.2f s), queue %d per replica.%n%n",
                samples.size(),
                concurrency,
                deployed,
                settings.replicas(),
                deploySeconds,
                settings.queueCapacity()));
        md.append(
                "| requests | ok | errors | wall s | req/s | p50 ms | p95 ms | p99 ms | CPU s | CPU ms/req | mean AOI px |"
                        + " mean confidence |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %d | %d | %s | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.3f |%n%n",
                samples.size(),
                ok.size(),
                errors.isEmpty() ? "0" : errors.toString(),
                wall,
                samples.size() / wall,
                pct(latency, 0.50),
                pct(latency, 0.95),
                pct(latency, 0.99),
                cpu,
                cpu * 1000 / samples.size(),
                pixels,
                ok.stream()
                        .mapToDouble(s -> s.prediction().meanConfidence())
                        .average()
                        .orElse(0)));
        md.append(String.format(
                Locale.ROOT,
                "Where a request's time goes (means over the ok requests; wall time on its replica thread, %d cores "
                        + "shared by %d replica threads): queued %.1f ms, feature read %.1f ms, classify %.1f ms, "
                        + "COG encode + store %.1f ms, total %.1f ms.%n%n",
                cores,
                deployed * settings.replicas(),
                mean(ok, s -> s.prediction().timing().queued()),
                mean(ok, s -> s.prediction().timing().read()),
                mean(ok, s -> s.prediction().timing().classify()),
                mean(ok, s -> s.prediction().timing().store()),
                mean(ok, s -> s.prediction().timing().total())));
        md.append("Requests per replica: ").append(replicas).append("\n");
    }

    private static double mean(List<Sample> ok, java.util.function.Function<Sample, Duration> f) {
        return ok.stream().mapToLong(s -> f.apply(s).toNanos()).average().orElse(0) / 1e6;
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }
}
