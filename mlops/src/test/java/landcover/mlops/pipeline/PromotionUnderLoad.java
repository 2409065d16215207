package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.domain.Alias;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.aoi.Aoi;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.serving.PredictionRequest;

/**
 * Promotes a year's shadow through serving while client threads keep sending prediction requests:
 * counts every request sent before, during and after the switch, the failures (any exception), and
 * which version answered each, by when it was sent.
 */
final class PromotionUnderLoad {
    static final int CLIENTS = 3;
    static final int BEFORE = 50;
    static final int AFTER = 50;

    /** One request: when it was sent, when answered, and by which version (null when it failed). */
    record Sent(long sentNanos, long answeredNanos, ModelVersion version, Throwable failure) {}

    private final LifecycleWorld world;
    private final List<Aoi> tiles = new ArrayList<>();
    private final Map<String, Object> figures;
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger next = new AtomicInteger();

    PromotionUnderLoad(LifecycleWorld world, List<Aoi> changed, List<Aoi> stable, Map<String, Object> figures) {
        this.world = world;
        this.tiles.addAll(changed);
        this.tiles.addAll(stable);
        this.figures = figures;
    }

    void promote(ModelVersion champion, ModelVersion challenger) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        long switchStarted;
        long switchEnded;
        try {
            for (int i = 0; i < CLIENTS; i++) {
                running.add(clients.submit(this::send));
            }
            awaitAnswered(Long.MIN_VALUE, BEFORE);
            switchStarted = System.nanoTime();
            List<AliasEvent> events = world.rollout.promoteShadow(
                    ModelName.DEFAULT, LifecycleAcceptanceTest.CHANGE, "ana", "shadow agreed on stable ground");
            switchEnded = System.nanoTime();
            assertThat(events).extracting(AliasEvent::to).containsExactly(challenger, null);
            awaitAnswered(switchEnded, AFTER);
        } finally {
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        for (Future<?> f : running) {
            f.get();
        }
        check(champion, challenger, switchStarted, switchEnded);
    }

    private void send() {
        while (!stop.get()) {
            Aoi tile = tiles.get(Math.floorMod(next.getAndIncrement(), tiles.size()));
            long t = System.nanoTime();
            try {
                var p = world.serving
                        .predict(PredictionRequest.of(tile, LifecycleAcceptanceTest.CHANGE))
                        .year(LifecycleAcceptanceTest.CHANGE)
                        .orElseThrow();
                sent.add(new Sent(t, System.nanoTime(), p.model().version(), null));
            } catch (RuntimeException | Error e) {
                sent.add(new Sent(t, System.nanoTime(), null, e));
            }
        }
    }

    /** Waits until {@code count} requests sent after {@code since} were answered (or failed). */
    private void awaitAnswered(long since, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (sent.stream().filter(s -> s.sentNanos() > since).count() < count) {
            assertThat(System.nanoTime()).as("requests answered in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private void check(ModelVersion champion, ModelVersion challenger, long switchStarted, long switchEnded) {
        List<Sent> all = List.copyOf(sent);
        List<Sent> failed = all.stream().filter(s -> s.failure() != null).toList();
        List<Sent> before =
                all.stream().filter(s -> s.answeredNanos() < switchStarted).toList();
        List<Sent> during = all.stream()
                .filter(s -> s.answeredNanos() >= switchStarted && s.sentNanos() <= switchEnded)
                .toList();
        List<Sent> after = all.stream().filter(s -> s.sentNanos() > switchEnded).toList();
        figures.put(
                "requests during the switch (before / overlapping / after / failed)",
                all.size() + " (" + before.size() + " / " + during.size() + " / " + after.size() + " / " + failed.size()
                        + ")");
        figures.put("switch milliseconds", (switchEnded - switchStarted) / 1e6);
        assertThat(failed).as("failed requests").isEmpty();
        assertThat(before).hasSizeGreaterThanOrEqualTo(BEFORE / 2);
        assertThat(before).extracting(Sent::version).containsOnly(champion);
        assertThat(after).hasSizeGreaterThanOrEqualTo(AFTER);
        assertThat(after).extracting(Sent::version).containsOnly(challenger);
        assertThat(world.registry.aliases(ModelName.DEFAULT, LifecycleAcceptanceTest.CHANGE))
                .containsEntry(Alias.PRODUCTION, challenger)
                .doesNotContainKey(Alias.SHADOW);
    }
}
