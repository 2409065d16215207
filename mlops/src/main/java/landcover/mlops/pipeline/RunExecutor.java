package landcover.mlops.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import landcover.domain.Year;

/**
 * Runs retraining runs one at a time on a worker thread: takes the year's lease, runs each step not
 * yet done (reusing cached outputs), records every state change, and renews the leases it holds
 * from a heartbeat thread. A step that throws fails the run; an {@link Error} (a crash, or a test's
 * simulated one) leaves the run {@code RUNNING} with its lease, exactly as a killed process would,
 * for {@link LocalRetrainingService#resumeInterrupted()} to pick up. Thread-safe.
 */
final class RunExecutor implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunExecutor.class.getName());
    private static final List<Step> STEPS = List.of(
            new ExtractFeaturesStep(),
            new MergeStep(),
            new SplitStep(),
            new TrainStep(),
            new EvaluateStep(),
            new RegisterStep(),
            new DecideStep());

    private final PipelineServices services;
    private final RunStore store;
    private final RunLeases leases;
    private final StepCache cache;
    private final Consumer<RunRecord> ended;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("retraining-worker").daemon(true).factory());
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("retraining-heartbeat").daemon(true).factory());
    private final Set<Year> held = ConcurrentHashMap.newKeySet();

    RunExecutor(
            PipelineServices services, RunStore store, RunLeases leases, StepCache cache, Consumer<RunRecord> ended) {
        this.services = services;
        this.store = store;
        this.leases = leases;
        this.cache = cache;
        this.ended = ended;
        long every = Math.max(50, services.settings().lockTtl().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    CompletableFuture<RunRecord> submit(String runId) {
        return CompletableFuture.supplyAsync(() -> execute(runId), worker);
    }

    private void renew() {
        for (Year year : held) {
            try {
                leases.renew(year);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot renew the retraining lease of " + year + ": " + e.getMessage());
            }
        }
    }

    private RunRecord execute(String runId) {
        RunRecord run = store.get(runId);
        if (!run.status().isActive()) {
            return run;
        }
        Optional<RunLeases.Holder> holder = leases.acquire(run.year(), runId);
        if (holder.isPresent()) {
            if (!holder.get().runId().equals(runId)) {
                store.status(runId, RunStatus.SKIPPED, "run " + holder.get().runId() + " holds " + run.year(), null);
                return finished(runId);
            }
            return run; // another live instance is running it
        }
        held.add(run.year());
        try {
            return runSteps(run);
        } finally {
            held.remove(run.year());
        }
    }

    private RunRecord runSteps(RunRecord run) {
        store.status(run.id(), RunStatus.RUNNING, "running", null);
        StepContext context = new StepContext(run, services);
        try {
            for (Step step : STEPS) {
                runStep(context, step, run.step(step.name()).orElse(StepRecord.pending(step.name())));
            }
            Map<String, Object> outcome = outcome(context);
            store.status(run.id(), RunStatus.SUCCEEDED, message(context), outcome);
        } catch (RuntimeException e) {
            store.status(run.id(), RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage(), null);
        }
        leases.release(run.year(), run.id());
        return finished(run.id());
    }

    private RunRecord finished(String runId) {
        RunRecord done = store.get(runId);
        try {
            ended.accept(done);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run observer failed: " + e.getMessage(), e);
        }
        return done;
    }

    private void runStep(StepContext context, Step step, StepRecord previous) {
        StepName name = step.name();
        context.begin(name);
        if (previous.state() == StepState.DONE && (!step.cacheable() || cache.has(name, previous.cacheKey()))) {
            context.done(name, previous.outputs(), step.cacheable() ? cache.dir(name, previous.cacheKey()) : null);
            return;
        }
        services.hooks().beforeStep(context.run().id(), name);
        Map<String, Object> inputs = step.inputs(context);
        String key = Hashes.cacheKey(name, inputs, services.settings().code());
        Instant started = store.clock().instant();
        int attempts = previous.attempts() + 1;
        store.step(
                context.run().id(),
                new StepRecord(name, StepState.RUNNING, key, false, attempts, inputs, Map.of(), started, null, ""));
        try {
            boolean cached = step.cacheable() && cache.has(name, key);
            Map<String, Object> outputs = produce(context, step, key, cached);
            services.hooks().afterStep(context.run().id(), name);
            store.step(
                    context.run().id(),
                    new StepRecord(
                            name,
                            StepState.DONE,
                            key,
                            cached,
                            attempts,
                            inputs,
                            outputs,
                            started,
                            store.clock().instant(),
                            context.logText()));
            context.done(name, outputs, step.cacheable() ? cache.dir(name, key) : null);
        } catch (RuntimeException e) {
            context.log("failed: " + e);
            store.step(
                    context.run().id(),
                    new StepRecord(
                            name,
                            StepState.FAILED,
                            key,
                            false,
                            attempts,
                            inputs,
                            Map.of(),
                            started,
                            store.clock().instant(),
                            context.logText()));
            throw e;
        }
    }

    private Map<String, Object> produce(StepContext context, Step step, String key, boolean cached) {
        if (cached) {
            context.log("reused the cached outputs " + key);
            return cache.outputs(step.name(), key);
        }
        if (step.cacheable()) {
            return cache.produce(step.name(), key, dir -> step.run(context, dir));
        }
        try {
            return step.run(context, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outcome(StepContext context) {
        Map<String, Object> decide = context.outputs(StepName.DECIDE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("champion", context.champion().id().version().value());
        out.put("challenger", context.outputs(StepName.REGISTER).get("challenger"));
        out.put("decision", decide.get("decision"));
        out.put("actions", decide.get("actions"));
        out.put("split", context.outputs(StepName.SPLIT));
        Map<String, Object> evaluation = new LinkedHashMap<>(context.outputs(StepName.EVALUATE));
        out.put("evaluation", evaluation);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String message(StepContext context) {
        Map<String, Object> decision =
                (Map<String, Object>) context.outputs(StepName.DECIDE).get("decision");
        List<String> reasons = (List<String>) decision.get("reasons");
        return "v" + context.outputs(StepName.REGISTER).get("challenger") + " " + decision.get("outcome") + ": "
                + String.join("; ", reasons);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
