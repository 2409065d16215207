package landcover.mlops.serving;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;

/**
 * The live table of replica pools by (year, alias). Requests read it without locking; changes to one
 * key are serialised by that key's lock, and a swap publishes the new, already warm pool before it
 * drains the old one, so a request that loses the race with a drain finds the new pool on retry.
 * Thread-safe.
 */
final class DeploymentTable implements ModelDeployments {
    private record Key(Year year, Alias alias) {}

    private record Deployment(ReplicaPool pool, Instant since) {}

    private final ModelRegistry registry;
    private final ModelLoader loader;
    private final ServingSettings settings;
    private final Clock clock;
    private final Map<Key, Deployment> live = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final Set<ReplicaPool> draining = ConcurrentHashMap.newKeySet();

    DeploymentTable(ModelRegistry registry, ModelLoader loader, ServingSettings settings, Clock clock) {
        this.registry = registry;
        this.loader = loader;
        this.settings = settings;
        this.clock = clock;
    }

    /** The pool serving a year's alias now, deploying it if needed. */
    ReplicaPool pool(Year year, Alias alias) {
        Key key = new Key(year, alias);
        Deployment d = live.get(key);
        if (d != null) {
            return d.pool();
        }
        synchronized (lock(key)) {
            d = live.get(key);
            if (d == null) {
                ModelVersionRecord record = resolve(key).orElseThrow(() -> new NoModelForYearException(ref(key)));
                d = swap(key, start(record, alias));
            }
            return d.pool();
        }
    }

    @Override
    public List<DeployedModel> deployAll(Alias alias) {
        for (Year year : registry.years(settings.modelName())) {
            if (registry.aliases(settings.modelName(), year).containsKey(alias)) {
                pool(year, alias);
            }
        }
        return deployed().stream().filter(m -> m.alias().equals(alias)).toList();
    }

    @Override
    public DeployedModel deploy(Year year, Alias alias) {
        pool(year, alias);
        return describe(live.get(new Key(year, alias)));
    }

    @Override
    public AliasEvent promote(AliasMove move) {
        AliasRef ref = move.alias();
        Key key = new Key(ref.year(), ref.alias());
        synchronized (lock(key)) {
            ModelVersionRecord record = registry.get(new ModelId(ref.name(), ref.year(), move.version()));
            ReplicaPool warm = start(record, ref.alias());
            AliasEvent event;
            try {
                event = registry.moveAlias(move);
            } catch (RuntimeException e) {
                warm.drain();
                throw e;
            }
            if (ref.name().equals(settings.modelName())) {
                swap(key, warm);
            } else {
                warm.drain();
            }
            return event;
        }
    }

    @Override
    public List<DeployedModel> refresh() {
        for (Key key : List.copyOf(live.keySet())) {
            synchronized (lock(key)) {
                Optional<ModelVersionRecord> now = resolve(key);
                Deployment d = live.get(key);
                if (now.isEmpty()) {
                    undeployLocked(key);
                } else if (d == null || !d.pool().model().id().equals(now.get().id())) {
                    swap(key, start(now.get(), key.alias()));
                }
            }
        }
        deployAll(Alias.PRODUCTION);
        return deployed();
    }

    @Override
    public void undeploy(Year year, Alias alias) {
        Key key = new Key(year, alias);
        synchronized (lock(key)) {
            undeployLocked(key);
        }
    }

    private void undeployLocked(Key key) {
        Deployment old = live.remove(key);
        if (old != null) {
            retire(old.pool());
        }
    }

    @Override
    public List<DeployedModel> deployed() {
        return live.values().stream()
                .map(this::describe)
                .sorted(Comparator.comparing((DeployedModel m) -> m.model().year())
                        .thenComparing(m -> m.alias().value()))
                .toList();
    }

    @Override
    public List<ReplicaStatus> replicas() {
        List<ReplicaStatus> all = new ArrayList<>();
        live.values().forEach(d -> all.addAll(d.pool().status()));
        draining.forEach(p -> all.addAll(p.status()));
        return all;
    }

    /** Drains every pool; the returned list completes when all have stopped. */
    List<java.util.concurrent.CompletableFuture<Void>> drainAll() {
        List<java.util.concurrent.CompletableFuture<Void>> done = new ArrayList<>();
        for (Key key : List.copyOf(live.keySet())) {
            Deployment d = live.remove(key);
            if (d != null) {
                done.add(d.pool().drain());
            }
        }
        draining.forEach(p -> done.add(p.drain()));
        return done;
    }

    private Optional<ModelVersionRecord> resolve(Key key) {
        return registry.resolve(ref(key));
    }

    private AliasRef ref(Key key) {
        return new AliasRef(settings.modelName(), key.year(), key.alias());
    }

    private ReplicaPool start(ModelVersionRecord record, Alias alias) {
        LoadedModel model = loader.load(record);
        return new ReplicaPool(
                model,
                alias,
                settings.replicasFor(record.id().year()),
                settings.queueCapacity(),
                settings.blockPixels());
    }

    /** Publishes the new pool, then drains the one it replaces. */
    private Deployment swap(Key key, ReplicaPool pool) {
        Deployment fresh = new Deployment(pool, clock.instant());
        Deployment old = live.put(key, fresh);
        if (old != null) {
            retire(old.pool());
        }
        return fresh;
    }

    private void retire(ReplicaPool pool) {
        draining.add(pool);
        pool.drain().whenComplete((ok, error) -> draining.remove(pool));
    }

    private Object lock(Key key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }

    private DeployedModel describe(Deployment d) {
        LoadedModel m = d.pool().model();
        return new DeployedModel(
                m.id(),
                d.pool().alias(),
                d.pool().status().size(),
                d.pool().capacity(),
                m.loadTime(),
                d.since(),
                m.forest().features().names(),
                m.scheme(),
                m.isSynthetic());
    }
}
