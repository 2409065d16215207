package landcover.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import landcover.mlops.OverloadedException;
import org.junit.jupiter.api.Test;

class BulkheadTest {
    @Test
    void call_beyondConcurrencyPlusQueue_isRefusedAtOnce_andQueuedWorkStillRuns() throws Exception {
        Bulkhead bulkhead = new Bulkhead("work", 1, 1, Duration.ofSeconds(5));
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> running = threads.submit(() -> bulkhead.call(() -> await(release, "first")));
            while (bulkhead.running() < 1) {
                Thread.onSpinWait();
            }
            Future<String> queued = threads.submit(() -> bulkhead.call(() -> "second"));
            while (bulkhead.inFlight() < 2) {
                Thread.onSpinWait();
            }
            assertThatThrownBy(() -> bulkhead.call(() -> "third"))
                    .isInstanceOfSatisfying(OverloadedException.class, e -> {
                        assertThat(e.resource()).isEqualTo("work");
                        assertThat(e.capacity()).isEqualTo(2);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
                    });
            release.countDown();
            assertThat(running.get()).isEqualTo("first");
            assertThat(queued.get()).isEqualTo("second");
        }
        assertThat(bulkhead.inFlight()).isZero();
        assertThat(bulkhead.call(() -> "again")).isEqualTo("again");
    }

    @Test
    void call_whenTheTaskThrows_releasesItsSlot() {
        Bulkhead bulkhead = new Bulkhead("work", 1, 0, Duration.ofSeconds(1));
        assertThatThrownBy(() -> bulkhead.call(() -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(bulkhead.call(() -> "next")).isEqualTo("next");
    }

    private static String await(CountDownLatch latch, String value) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
