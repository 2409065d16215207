package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import landcover.domain.Alias;
import landcover.domain.ClassScheme;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.mlops.OverloadedException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.Creator;
import landcover.mlops.registry.ImagerySource;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplicaPoolTest {
    private static final CompiledForest FOREST = TinyModels.forest(1, 3);
    private final List<ReplicaPool> pools = new ArrayList<>();

    private ReplicaPool pool(int replicas, int queue) {
        Lineage lineage = Lineage.builder()
                .features(FOREST.features().names())
                .classScheme(ClassScheme.DEFAULT)
                .data(Sha256.of(new byte[1]), Sha256.of(new byte[1]))
                .imagery(new ImagerySource("synthetic(test)", List.of()))
                .code(new CodeVersion("test", Map.of()))
                .createdBy(Creator.person("tester"))
                .synthetic(true)
                .build();
        ModelVersionRecord record =
                new ModelVersionRecord(ModelId.of(new Year(2022), 1), lineage, List.of(), Instant.EPOCH, null);
        ReplicaPool pool =
                new ReplicaPool(new LoadedModel(record, FOREST, Duration.ZERO), Alias.PRODUCTION, replicas, queue, 256);
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void drain() {
        pools.forEach(ReplicaPool::drain);
    }

    private static Replica.Work<String> blocking(CountDownLatch release) {
        return (replica, queued) -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return replica.id();
        };
    }

    @Test
    void submit_queuesFull_throwsOverloadedAtTheConfiguredBound() throws Exception {
        ReplicaPool pool = pool(1, 2);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<String>> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(pool.submit(blocking(release)));
        }

        assertThatThrownBy(() -> pool.submit(blocking(release)))
                .isInstanceOfSatisfying(OverloadedException.class, e -> {
                    assertThat(e.capacity()).isEqualTo(3);
                    assertThat(e.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
                    assertThat(e.resource()).isEqualTo("predictions 2022 production");
                });
        release.countDown();
        for (CompletableFuture<String> f : accepted) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo("2022-production-v1-r0");
        }
        assertThat(pool.submit((r, q) -> "again").get(30, TimeUnit.SECONDS)).isEqualTo("again");
    }

    @Test
    void submit_twoReplicas_sendsEachRequestToTheLeastLoaded() throws Exception {
        ReplicaPool pool = pool(2, 5);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = pool.submit(blocking(release));
        CompletableFuture<String> second = pool.submit(blocking(release));
        release.countDown();

        assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("2022-production-v1-r0", "2022-production-v1-r1");
    }

    @Test
    void drain_withRequestsInFlight_finishesThemAndRefusesNewOnes() throws Exception {
        ReplicaPool pool = pool(1, 4);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> running = pool.submit(blocking(release));
        CompletableFuture<String> queued = pool.submit((r, q) -> "queued");

        CompletableFuture<Void> drained = pool.drain();
        assertThatThrownBy(() -> pool.submit((r, q) -> "late")).isInstanceOf(ReplicaPool.Draining.class);
        assertThat(drained).isNotDone();
        release.countDown();

        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo("2022-production-v1-r0");
        assertThat(queued.get(30, TimeUnit.SECONDS)).isEqualTo("queued");
        drained.get(30, TimeUnit.SECONDS);
        assertThat(pool.status()).allSatisfy(s -> assertThat(s.draining()).isTrue());
    }

    @Test
    void submit_workThrows_completesExceptionallyAndFreesTheSlot() throws Exception {
        ReplicaPool pool = pool(1, 0);
        CompletableFuture<String> failed = pool.submit((r, q) -> {
            throw new IllegalStateException("boom");
        });

        assertThat(failed).failsWithin(Duration.ofSeconds(30));
        assertThat(pool.submit((r, q) -> "next").get(30, TimeUnit.SECONDS)).isEqualTo("next");
    }
}
