package landcover.mlops.monitoring;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import landcover.domain.ModelId;
import landcover.mlops.serving.shadow.ServedAoi;
import landcover.mlops.serving.shadow.ServedAoiObserver;

/**
 * Per-feature drift of served AOIs against the production model's training distribution: for
 * each production prediction, up to {@value #PIXELS_PER_REQUEST} AOI pixels (evenly strided) are
 * binned with the model's {@link ReferenceHistograms}, off the request path on one thread with a
 * bounded queue (a full queue skips the request and counts it). The population stability index of
 * each feature over the current UTC day is {@code Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ)} over the bins, shares floored
 * at {@value #FLOOR} so empty bins stay finite; it is reported once {@value #MIN_PIXELS} pixels were
 * binned. A new production version or a new day starts the counts afresh. Thread-safe.
 */
public final class DriftMonitor implements ServedAoiObserver, AutoCloseable {
    static final int PIXELS_PER_REQUEST = 2048;
    static final int MIN_PIXELS = 500;
    static final double FLOOR = 1e-4;
    private static final System.Logger LOG = System.getLogger(DriftMonitor.class.getName());

    /** One feature's drift. */
    public record FeatureDrift(int year, ModelId model, String feature, double psi, long pixels) {}

    /** Counts of one year, one model, one day; guarded by its monitor. */
    private static final class Counts {
        private final ModelId model;
        private final LocalDate day;
        private final ReferenceHistograms reference;
        private final long[][] bins;
        private long pixels;

        Counts(ModelId model, LocalDate day, ReferenceHistograms reference) {
            this.model = model;
            this.day = day;
            this.reference = reference;
            this.bins = new long[reference.names().size()][];
            for (int j = 0; j < bins.length; j++) {
                bins[j] = new long[reference.binCount(j)];
            }
        }
    }

    private final Function<ModelId, Optional<ReferenceHistograms>> references;
    private final Clock clock;
    private final Map<Integer, Counts> years = new ConcurrentHashMap<>();
    private final Map<ModelId, Optional<ReferenceHistograms>> loaded = new ConcurrentHashMap<>();
    private final AtomicLong skipped = new AtomicLong();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(16),
            Thread.ofPlatform().name("drift-monitor").daemon(true).factory(),
            new ThreadPoolExecutor.AbortPolicy());

    /** @param references a model's reference histograms (empty for models trained without them) */
    public DriftMonitor(Function<ModelId, Optional<ReferenceHistograms>> references, Clock clock) {
        this.references = references;
        this.clock = clock;
    }

    @Override
    public void served(ServedAoi aoi) {
        try {
            executor.execute(() -> observe(aoi));
        } catch (RejectedExecutionException e) {
            skipped.incrementAndGet();
        }
    }

    /** Bins a served AOI now, on the caller's thread. */
    void observe(ServedAoi aoi) {
        Optional<ReferenceHistograms> reference;
        try {
            reference = loaded.computeIfAbsent(aoi.production(), references);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no reference histograms for " + aoi.production() + ": " + e.getMessage());
            return;
        }
        if (reference.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Counts counts = years.compute(
                aoi.year().value(),
                (y, c) -> c != null && c.model.equals(aoi.production()) && c.day.equals(today)
                        ? c
                        : new Counts(aoi.production(), today, reference.get()));
        int[] column = columns(aoi, counts.reference);
        int inside = 0;
        for (int i = 0; i < aoi.pixels(); i++) {
            inside += aoi.isInside(i) ? 1 : 0;
        }
        int stride = Math.max(1, inside / PIXELS_PER_REQUEST);
        synchronized (counts) {
            int k = 0;
            for (int i = 0; i < aoi.pixels(); i++) {
                if (aoi.isInside(i) && k++ % stride == 0) {
                    bin(aoi, counts, column, i);
                }
            }
        }
    }

    private static void bin(ServedAoi aoi, Counts counts, int[] column, int i) {
        for (int j = 0; j < column.length; j++) {
            if (column[j] >= 0) {
                float v = aoi.plane(column[j])[i];
                if (!Float.isNaN(v) && v != aoi.nodata()) {
                    counts.bins[j][counts.reference.binOf(j, v)]++;
                }
            }
        }
        counts.pixels++;
    }

    private static int[] columns(ServedAoi aoi, ReferenceHistograms reference) {
        List<String> names = reference.names();
        int[] column = new int[names.size()];
        for (int j = 0; j < column.length; j++) {
            column[j] = aoi.features().indexOf(names.get(j));
        }
        return column;
    }

    /** Every year's per-feature drift over today, for years with enough pixels binned. */
    public List<FeatureDrift> drift() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FeatureDrift> out = new ArrayList<>();
        years.forEach((year, counts) -> {
            synchronized (counts) {
                if (!counts.day.equals(today) || counts.pixels < MIN_PIXELS) {
                    return;
                }
                for (int j = 0; j < counts.bins.length; j++) {
                    out.add(new FeatureDrift(
                            year,
                            counts.model,
                            counts.reference.names().get(j),
                            psi(counts.reference.expected(j), counts.bins[j]),
                            counts.pixels));
                }
            }
        });
        return out;
    }

    /** The population stability index of observed counts against expected shares. */
    static double psi(double[] expected, long[] observed) {
        long total = 0;
        for (long c : observed) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(FLOOR, expected[i]);
            double a = Math.max(FLOOR, observed[i] / (double) total);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    /** Requests not binned because the queue was full. */
    public long skipped() {
        return skipped.get();
    }

    /** Waits until queued requests are binned (tests). */
    public void awaitIdle() throws InterruptedException {
        while (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
