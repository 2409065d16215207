package landcover.mlops.serving.shadow;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import landcover.domain.ModelId;
import landcover.domain.Year;

/**
 * Mirrors a share of production predictions to the year's {@code shadow} model, off the request
 * path: the request thread only counts and hands the served AOI to a small bounded executor (a full
 * queue drops the mirror and counts it, it never waits); the mirror threads find the shadow model,
 * classify the same feature planes and compare pixel by pixel with production (agreement,
 * confidence delta, class-area deltas). Comparisons are kept per year and shadow version; a new
 * shadow version starts a new window. Sampling is exact and deterministic: request {@code i} is
 * mirrored when {@code floor((i+1)·share) > floor(i·share)}. Thread-safe.
 */
public final class ShadowMirror implements ServedAoiObserver, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ShadowMirror.class.getName());

    private final ShadowModels models;
    private final ShadowListener listener;
    private final Clock clock;
    private final int windowSize;
    private final ThreadPoolExecutor executor;
    private final Map<Year, YearWindow> windows = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final ThreadLocal<Map<ModelId, ShadowClassifier>> classifiers = ThreadLocal.withInitial(HashMap::new);
    private volatile double share;

    public ShadowMirror(ShadowModels models, ShadowSettings settings, ShadowListener listener, Clock clock) {
        this.models = models;
        this.listener = listener;
        this.clock = clock;
        this.windowSize = settings.window();
        this.share = settings.share();
        BlockingQueue<Runnable> queue =
                settings.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.queue());
        this.executor = new ThreadPoolExecutor(
                settings.threads(),
                settings.threads(),
                0,
                TimeUnit.MILLISECONDS,
                queue,
                Thread.ofPlatform().name("shadow-mirror-", 0).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
        listener.watch(this::reports);
    }

    @Override
    public void served(ServedAoi aoi) {
        YearWindow window = windows.get(aoi.year());
        if (window != null) {
            window.seen();
        }
        if (!sampled()) {
            if (window != null) {
                listener.observed(aoi.year(), ShadowListener.Outcome.SAMPLED_OUT, null);
            }
            return;
        }
        try {
            executor.execute(() -> mirror(aoi));
        } catch (RejectedExecutionException e) {
            if (window != null) {
                window.dropped();
                listener.observed(aoi.year(), ShadowListener.Outcome.DROPPED, null);
            }
        }
    }

    private boolean sampled() {
        double s = share;
        long i = requests.getAndIncrement();
        return Math.floor((i + 1) * s) > Math.floor(i * s);
    }

    private void mirror(ServedAoi aoi) {
        Year year = aoi.year();
        Optional<ShadowModel> shadow;
        try {
            shadow = models.shadow(year);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot load the shadow model of " + year + ": " + e.getMessage());
            return;
        }
        if (shadow.isEmpty()) {
            windows.remove(year);
            return;
        }
        ShadowModel model = shadow.get();
        YearWindow window = windows.compute(
                year,
                (y, w) -> w != null && w.shadow().equals(model.id())
                        ? w
                        : new YearWindow(y, model.id(), clock.instant(), windowSize));
        try {
            Comparison c = classifier(model).compare(aoi);
            window.add(c);
            listener.observed(year, ShadowListener.Outcome.MIRRORED, c);
        } catch (RuntimeException e) {
            window.failed();
            listener.observed(year, ShadowListener.Outcome.FAILED, null);
            LOG.log(Level.WARNING, "shadow " + model.id() + " failed on a mirrored request: " + e.getMessage());
        }
    }

    private ShadowClassifier classifier(ShadowModel model) {
        Map<ModelId, ShadowClassifier> mine = classifiers.get();
        ShadowClassifier c = mine.get(model.id());
        if (c == null || c.model().forest() != model.forest()) {
            mine.clear();
            c = new ShadowClassifier(model);
            mine.put(model.id(), c);
        }
        return c;
    }

    /** The year's shadow report, when it has a shadow model that has been mirrored to. */
    public Optional<ShadowReport> report(Year year) {
        YearWindow w = windows.get(year);
        Optional<ShadowModel> current = models.shadow(year);
        if (w == null || current.isEmpty() || !current.get().id().equals(w.shadow())) {
            return Optional.empty();
        }
        return Optional.of(w.report(share));
    }

    /** Every year's report. */
    public List<ShadowReport> reports() {
        return windows.values().stream().map(w -> w.report(share)).toList();
    }

    /** The share of production requests mirrored. */
    public double share() {
        return share;
    }

    /** Changes the share mirrored from now on, 0 to 1. */
    public void setShare(double value) {
        new ShadowSettings(value, 1, 0, 1); // validates
        share = value;
    }

    /** Forgets a year's comparisons (its shadow was promoted or cleared). */
    public void forget(Year year) {
        windows.remove(year);
    }

    /** Waits until no mirrored request is queued or running; true when idle in time. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
