package landcover.mlops.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelId;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.pipeline.policy.DecisionOutcome;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.mlops.pipeline.store.JsonColumns;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.registry.ModelVersionRecord;

/** The in-process retraining service (embedded mode, or a server that runs its own retraining). */
final class LocalRetrainingService implements RetrainingService {
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final PipelineServices services;
    private final RunStore store;
    private final RunLeases leases;
    private final RunExecutor executor;
    private final Consumer<RunRecord> ended;
    private final Map<String, CompletableFuture<RunRecord>> running = new ConcurrentHashMap<>();
    // Runs are listed newest first by creation time; two requests in the same microsecond (or on a
    // stopped test clock) would tie and list in id order, so creation times only move forward.
    private Instant lastCreated = Instant.MIN;

    LocalRetrainingService(PipelineServices services, RunStore store, RunLeases leases, Consumer<RunRecord> ended) {
        this.services = services;
        this.store = store;
        this.leases = leases;
        this.ended = ended;
        StepCache cache = new StepCache(services.settings().workDir().resolve("cache"));
        cache.removeTemporaries();
        this.executor = new RunExecutor(services, store, leases, cache, ended);
    }

    @Override
    public synchronized RunRecord start(RetrainRequest request) {
        Year year = request.year();
        boolean manual = request.trigger().kind() == TriggerKind.MANUAL;
        Optional<ModelVersionRecord> champion = services.registry().resolve(production(year));
        if (champion.isEmpty()) {
            if (manual) {
                throw ModelNotFoundException.of(production(year));
            }
            return record(request, RunStatus.SKIPPED, year + " has no production model to retrain");
        }
        List<RunRecord> active = store.active(year);
        if (!active.isEmpty()) {
            if (manual) {
                throw new RunInProgressException(year, active.getFirst().id());
            }
            return record(
                    request, RunStatus.SKIPPED, "run " + active.getFirst().id() + " is already retraining " + year);
        }
        List<GroundTruthBatch> batches = pending(year, champion.get());
        if (!manual && services.groundTruth().unused(year).isEmpty()) {
            return record(request, RunStatus.NEEDS_DATA, "no unused ground truth for " + year + ": add a batch first");
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("champion", champion.get().id().version().value());
        plan.put("batches", batches.stream().map(GroundTruthBatch::id).toList());
        request.paramsOverride()
                .ifPresent(p -> plan.put(
                        "params",
                        JsonColumns.read(
                                p, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {})));
        RunRecord run = store.insert(newRun(request, RunStatus.QUEUED, "queued", plan, steps()));
        running.put(run.id(), executor.submit(run.id()));
        return run;
    }

    private RunRecord record(RetrainRequest request, RunStatus status, String message) {
        RunRecord run = store.insert(newRun(request, status, message, Map.of(), List.of()));
        ended.accept(run);
        return run;
    }

    private RunRecord newRun(
            RetrainRequest request,
            RunStatus status,
            String message,
            Map<String, Object> plan,
            List<StepRecord> steps) {
        Instant now = nextCreationTime();
        String id = "run-" + ID_TIME.format(now) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return new RunRecord(
                id,
                services.settings().line(),
                request.year(),
                request.trigger(),
                status,
                now,
                now,
                status.isActive() ? null : now,
                plan,
                Map.of(),
                message,
                steps);
    }

    private static List<StepRecord> steps() {
        List<StepRecord> steps = new ArrayList<>();
        for (StepName name : StepName.values()) {
            steps.add(StepRecord.pending(name));
        }
        return steps;
    }

    private AliasRef production(Year year) {
        return new AliasRef(services.settings().line(), year, Alias.PRODUCTION);
    }

    /** Batches not used by the champion or any of its ancestors. */
    private List<GroundTruthBatch> pending(Year year, ModelVersionRecord champion) {
        Set<ModelId> line = new HashSet<>();
        ModelVersionRecord v = champion;
        while (v != null && line.add(v.id())) {
            ModelVersion parent = v.lineage().parent();
            v = parent == null
                    ? null
                    : services.registry()
                            .find(new ModelId(v.id().name(), year, parent))
                            .orElse(null);
        }
        return services.groundTruth().list(year).stream()
                .filter(b -> b.usedBy().stream().noneMatch(line::contains))
                .toList();
    }

    @Override
    public List<GroundTruthBatch> pendingBatches(Year year) {
        return services.registry()
                .resolve(production(year))
                .map(c -> pending(year, c))
                .orElse(List.of());
    }

    private synchronized Instant nextCreationTime() {
        Instant now = store.clock().instant().truncatedTo(ChronoUnit.MICROS);
        lastCreated = now.isAfter(lastCreated) ? now : lastCreated.plus(1, ChronoUnit.MICROS);
        return lastCreated;
    }

    @Override
    public RunRecord await(String runId, Duration timeout) {
        CompletableFuture<RunRecord> future = running.get(runId);
        long deadline = System.nanoTime() + timeout.toNanos();
        if (future != null) {
            try {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return store.get(runId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return store.get(runId);
            }
        }
        RunRecord run = store.get(runId);
        while (run.status().isActive() && System.nanoTime() < deadline) {
            sleep(200);
            run = store.get(runId);
        }
        return run;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return store.find(runId);
    }

    @Override
    public List<RunRecord> runs(Optional<Year> year, int limit) {
        return store.list(year.orElse(null), List.of(), Math.clamp(limit, 1, 1000));
    }

    @Override
    public synchronized List<RunRecord> resumeInterrupted() {
        List<RunRecord> resumed = new ArrayList<>();
        Instant now = store.clock().instant();
        for (RunRecord run : store.list(null, List.of(RunStatus.QUEUED, RunStatus.RUNNING), 1000)
                .reversed()) {
            if (running.containsKey(run.id()) && !running.get(run.id()).isDone()) {
                continue;
            }
            Optional<RunLeases.Holder> holder = leases.holder(run.year());
            if (holder.isEmpty() || leases.isAbandoned(holder.get(), now)) {
                running.put(run.id(), executor.submit(run.id()));
                resumed.add(run);
            }
        }
        return resumed;
    }

    @Override
    public DecisionPolicy policy(Year year) {
        return services.policies().of(year);
    }

    @Override
    public void setPolicy(Year year, DecisionPolicy policy, String by) {
        services.policies().set(year, policy, by);
    }

    @Override
    public synchronized RunRecord approve(String runId, DecisionOutcome action, String by) {
        RunRecord run = store.get(runId);
        if (!run.decision().equals(Optional.of(DecisionOutcome.AWAIT_APPROVAL.label()))) {
            throw new InvalidValueException(
                    "run",
                    runId + " awaits no approval (decision: " + run.decision().orElse("none") + ")");
        }
        if (action != DecisionOutcome.PROMOTE && action != DecisionOutcome.SHADOW) {
            throw new InvalidValueException("action", "approve with promote or shadow");
        }
        ModelVersion challenger = new ModelVersion(run.challengerVersion().orElseThrow());
        Alias alias = action == DecisionOutcome.PROMOTE ? Alias.PRODUCTION : Alias.SHADOW;
        AliasMove move = new AliasMove(
                new AliasRef(run.line(), run.year(), alias),
                challenger,
                by,
                action.label() + " approved by " + by + " for run " + runId);
        AliasEvent event = action == DecisionOutcome.PROMOTE
                ? services.rollout().promote(move)
                : services.rollout().shadow(move);
        Map<String, Object> outcome = new LinkedHashMap<>(run.outcome());
        outcome.put(
                "approval",
                Map.of(
                        "by",
                        by,
                        "action",
                        action.label(),
                        "at",
                        event.at().toString(),
                        "historySequence",
                        event.sequence()));
        store.status(runId, run.status(), run.message() + "; " + action.label() + " approved by " + by, outcome);
        return store.get(runId);
    }

    @Override
    public void close() {
        executor.close();
    }
}
