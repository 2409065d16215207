package landcover.mlops.registry;

import static landcover.mlops.registry.Fixtures.Y2023;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent registrations get unique, gap-free numbers; concurrent promotions keep one production
 * at every instant and a history that replays to the final state. Subclassed per database.
 */
abstract class RegistryConcurrencyContract {
    static final int THREADS = 16;
    static final int REGISTRATIONS_PER_THREAD = 50;
    static final int MOVES_PER_THREAD = 25;

    RegistrySettings settings;
    ModelRegistry registry;

    abstract RegistrySettings newSettings() throws Exception;

    @BeforeEach
    void open() throws Exception {
        settings = newSettings();
        registry = ModelRegistries.open(settings);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void register_16threadsTimes50_givesVersions1To800WithoutErrors() throws Exception {
        List<Callable<List<Integer>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(() -> {
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < REGISTRATIONS_PER_THREAD; i++) {
                    long seed = thread * 1000L + i;
                    mine.add(registry.register(Fixtures.request(Y2023, seed))
                            .id()
                            .version()
                            .value());
                }
                return mine;
            });
        }
        List<Integer> numbers = new ArrayList<>();
        for (List<Integer> mine : runAll(workers)) {
            numbers.addAll(mine);
        }
        int total = THREADS * REGISTRATIONS_PER_THREAD;
        assertThat(numbers).hasSize(total).doesNotHaveDuplicates();
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, total).boxed().toList());
        assertThat(registry.versions(ModelName.DEFAULT, Y2023))
                .extracting(r -> r.id().version().value())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, total).boxed().toList());
    }

    @Test
    void moveAlias_16threadsAtRandom_neverTwoProductions_andHistoryReplaysToTheFinalState() throws Exception {
        int versions = 8;
        for (int i = 1; i <= versions; i++) {
            registry.register(Fixtures.request(Y2023, i));
        }
        AliasRef production = AliasRef.production(Y2023);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger observations = new AtomicInteger();
        ExecutorService readerPool = Executors.newSingleThreadExecutor();
        Future<Integer> worst = readerPool.submit(() -> watchProductions(done, observations));
        List<Callable<Integer>> movers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            int thread = t;
            movers.add(() -> {
                for (int i = 0; i < MOVES_PER_THREAD; i++) {
                    ModelVersion target = new ModelVersion(1 + random.nextInt(versions));
                    registry.moveAlias(new AliasMove(production, target, "mover-" + thread, "random move " + i));
                }
                return MOVES_PER_THREAD;
            });
        }
        runAll(movers);
        done.set(true);
        assertThat(worst.get()).as("most productions seen at one instant").isEqualTo(1);
        readerPool.shutdown();
        assertThat(observations.get()).isPositive();

        List<AliasEvent> history = registry.history(ModelName.DEFAULT, Y2023);
        assertThat(history).hasSize(THREADS * MOVES_PER_THREAD);
        Map<Alias, ModelVersion> replayed = new HashMap<>();
        for (AliasEvent e : history) {
            assertThat(e.from())
                    .as("event %d starts where the previous ended", e.sequence())
                    .isEqualTo(replayed.get(e.alias().alias()));
            replayed.put(e.alias().alias(), e.to());
        }
        assertThat(replayed).isEqualTo(registry.aliases(ModelName.DEFAULT, Y2023));
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
        }
    }

    /** Counts production rows for 2023 straight from the table, over and over; returns the largest count seen. */
    private Integer watchProductions(AtomicBoolean done, AtomicInteger observations) throws Exception {
        int worst = 0;
        DatabaseSettings db = settings.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM aliases WHERE line_year = 2023 AND alias = 'production'")) {
            while (!done.get()) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    worst = Math.max(worst, rs.getInt(1));
                }
                registry.resolve(AliasRef.production(Y2023)).ifPresent(r -> observations.incrementAndGet());
            }
        }
        return worst;
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
