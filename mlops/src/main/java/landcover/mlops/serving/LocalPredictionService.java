package landcover.mlops.serving;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import landcover.domain.Alias;
import landcover.domain.Year;
import landcover.domain.aoi.InvalidAoiException;
import landcover.mlops.OverloadedException;
import landcover.mlops.serving.shadow.ServedAoiObserver;
import landcover.raster.imagery.ImagerySource;

/**
 * The in-process prediction service: requests fan out per year to the replica pools of {@link
 * DeploymentTable}; large AOIs go to the {@link JobRunner}. Thread-safe.
 */
final class LocalPredictionService implements PredictionService {
    private static final System.Logger LOG = System.getLogger(LocalPredictionService.class.getName());

    private final DeploymentTable table;
    private final ImagerySource imagery;
    private final ResultStore store;
    private final ServingSettings settings;
    private final ServingMetrics metrics;
    private final Clock clock;
    private final YearTask.Context context;
    private final JobRunner jobs;
    private final ExecutorService jobWorkers;
    private final ScheduledExecutorService scheduler;

    LocalPredictionService(
            DeploymentTable table,
            ImagerySource imagery,
            ResultStore store,
            ServingSettings settings,
            ServingMetrics metrics,
            ServedAoiObserver observer,
            Clock clock) {
        this.table = table;
        this.imagery = imagery;
        this.store = store;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.context = new YearTask.Context(imagery, store, new PixelAreas(), new Coverage(imagery), observer, clock);
        this.jobs = new JobRunner(settings.queuedJobs(), settings.jobRetention(), clock);
        this.jobWorkers = Executors.newFixedThreadPool(
                settings.jobWorkers(),
                Thread.ofPlatform().name("job-worker-", 0).daemon(true).factory());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("serving-housekeeping").daemon(true).factory());
        metrics.watchReplicas(table::replicas);
        if (!settings.refreshInterval().isZero()) {
            long every = settings.refreshInterval().toMillis();
            scheduler.scheduleWithFixedDelay(() -> housekeep(table::refresh), every, every, TimeUnit.MILLISECONDS);
        }
        scheduler.scheduleWithFixedDelay(() -> housekeep(store::cleanup), 1, 10, TimeUnit.MINUTES);
    }

    private static void housekeep(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "serving housekeeping failed: " + e.getMessage(), e);
        }
    }

    @Override
    public PredictionResult predict(PredictionRequest request) {
        PredictionId id = PredictionId.random();
        long start = System.nanoTime();
        List<CompletableFuture<YearPrediction>> futures = new ArrayList<>();
        try {
            for (Year year : request.years()) {
                checkCoverage(year, request, start);
                futures.add(submit(new YearTask(context, id, request, year, start)));
            }
            List<YearPrediction> years = new ArrayList<>();
            for (CompletableFuture<YearPrediction> f : futures) {
                years.add(join(f));
            }
            return finish(id, request, years);
        } finally {
            futures.forEach(f -> f.cancel(false)); // no-op for finished ones; skips queued ones after a failure
        }
    }

    private PredictionResult finish(PredictionId id, PredictionRequest request, List<YearPrediction> years) {
        PredictionResult result =
                new PredictionResult(id, clock.instant(), request.aoi().areaM2(), years);
        store.putResult(result);
        return result;
    }

    private void checkCoverage(Year year, PredictionRequest request, long start) {
        try {
            context.coverage().check(year, request.aoi());
        } catch (RuntimeException e) {
            record(year, Optional.empty(), e, start);
            throw e;
        }
    }

    /** Submits to the current production pool; a pool that began draining meanwhile sends us to its successor. */
    private CompletableFuture<YearPrediction> submit(YearTask task) {
        while (true) {
            ReplicaPool pool;
            CompletableFuture<YearPrediction> future;
            try {
                pool = table.pool(task.year(), Alias.PRODUCTION);
                future = pool.submit((replica, queued) -> task.run(
                        new YearTask.Serving(pool.model(), pool.alias(), replica.id()),
                        Classification.onReplica(replica.classifier()),
                        queued));
            } catch (ReplicaPool.Draining retry) {
                continue;
            } catch (RuntimeException e) {
                record(task.year(), Optional.empty(), e, System.nanoTime());
                throw e;
            }
            long start = System.nanoTime();
            future.whenComplete((p, e) -> {
                if (p != null) {
                    metrics.predicted(ok(p));
                } else if (!(e instanceof CancellationException)) {
                    record(task.year(), Optional.of(pool), e, start);
                }
            });
            return future;
        }
    }

    private static PredictionEvent ok(YearPrediction p) {
        return new PredictionEvent(
                p.year(),
                p.alias(),
                Optional.of(p.model()),
                Optional.of(p.replica()),
                PredictionEvent.Outcome.OK,
                p.timing().total(),
                p.meanConfidence(),
                p.nodataRatio(),
                p.pixels().classified());
    }

    private void record(Year year, Optional<ReplicaPool> pool, Throwable error, long startNanos) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        PredictionEvent.Outcome outcome = switch (e) {
            case NoModelForYearException x -> PredictionEvent.Outcome.NO_MODEL;
            case NoImageryForYearException x -> PredictionEvent.Outcome.NO_IMAGERY;
            case InvalidAoiException x
            when x.problem() == InvalidAoiException.Problem.OUTSIDE_COVERAGE -> PredictionEvent.Outcome.NO_IMAGERY;
            case OverloadedException x -> PredictionEvent.Outcome.OVERLOADED;
            default -> PredictionEvent.Outcome.ERROR;
        };
        metrics.predicted(new PredictionEvent(
                year,
                Alias.PRODUCTION,
                pool.map(p -> p.model().id()),
                Optional.empty(),
                outcome,
                Duration.ofNanos(System.nanoTime() - startNanos),
                0,
                0,
                0));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public boolean runsAsJob(PredictionRequest request) {
        return request.aoi().areaM2() / 100.0 > settings.jobThresholdPixels();
    }

    @Override
    public PredictionJob submit(PredictionRequest request) {
        long start = System.nanoTime();
        for (Year year : request.years()) {
            checkCoverage(year, request, start);
            table.pool(year, Alias.PRODUCTION);
        }
        PredictionId id = PredictionId.random();
        return jobs.submit(id, () -> runJob(id, request, start));
    }

    private PredictionResult runJob(PredictionId id, PredictionRequest request, long start) {
        List<YearPrediction> years = new ArrayList<>();
        for (Year year : request.years()) {
            ReplicaPool pool = table.pool(year, Alias.PRODUCTION);
            Duration queued = Duration.ofNanos(System.nanoTime() - start);
            Classification parallel = Classification.parallel(
                    pool.model().forest(), jobWorkers, settings.jobWorkers(), settings.blockPixels());
            try {
                YearPrediction p = new YearTask(context, id, request, year, start)
                        .run(new YearTask.Serving(pool.model(), pool.alias(), "job"), parallel, queued);
                metrics.predicted(ok(p));
                years.add(p);
            } catch (RuntimeException e) {
                record(year, Optional.of(pool), e, start);
                throw e;
            }
        }
        return finish(id, request, years);
    }

    @Override
    public Optional<PredictionJob> find(PredictionId id) {
        Optional<PredictionJob> job = jobs.find(id);
        if (job.isPresent()) {
            return job;
        }
        return store.result(id)
                .map(r -> new PredictionJob(
                        id, PredictionJob.Status.SUCCEEDED, r.createdAt(), Optional.of(r), Optional.empty()));
    }

    @Override
    public Optional<StoredRaster> raster(PredictionId id, Year year, RasterKind kind) {
        return store.raster(id, year, kind);
    }

    @Override
    public List<ServedYear> servedYears() {
        List<Year> withImagery = imagery.years();
        return table.deployed().stream()
                .filter(m -> m.alias().equals(Alias.PRODUCTION)
                        && withImagery.contains(m.model().year()))
                .map(m -> {
                    Year y = m.model().year();
                    return new ServedYear(y, m, imagery.coverage(y), imagery.seasons(y), imagery.isSynthetic(y));
                })
                .toList();
    }

    @Override
    public ModelDeployments deployments() {
        return table;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        jobs.close();
        jobWorkers.shutdownNow();
        for (CompletableFuture<Void> drained : table.drainAll()) {
            drained.join();
        }
    }
}
