package landcover.mlops.pipeline;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import landcover.domain.Alias;
import landcover.domain.Year;
import landcover.mlops.monitoring.alerts.Alert;
import landcover.mlops.monitoring.alerts.AlertNotification;
import landcover.mlops.pipeline.truth.GroundTruthBatch;

/**
 * Turns triggers into retraining runs; every trigger leaves a run row with its outcome.
 *
 * <ul>
 *   <li><b>Alerts</b> (Alertmanager's webhook, or the embedded rule evaluation — one path): each
 *       firing alert labelled {@code action="retrain"} with a {@code year} label starts a run for the
 *       year when unused ground truth exists, else records {@code needs-data}; resolved alerts and
 *       alerts without those labels are ignored (and said so).
 *   <li><b>New data</b>: after a batch is stored, a run starts once the year's unused ground truth
 *       holds at least {@link PipelineSettings#newDataThreshold()} items.
 *   <li><b>Schedule</b>: every {@link PipelineSettings#schedule()}, each year with a production model.
 *   <li><b>Manual</b>: {@link RetrainingService#start} directly.
 * </ul>
 *
 * Thread-safe.
 */
public final class RetrainingTriggers implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RetrainingTriggers.class.getName());

    private final RetrainingService retraining;
    private final PipelineServices services;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("retraining-schedule").daemon(true).factory());

    RetrainingTriggers(RetrainingService retraining, PipelineServices services) {
        this.retraining = retraining;
        this.services = services;
    }

    /** Acts on an Alertmanager notification (or the embedded evaluator's); one outcome per alert. */
    public List<TriggerOutcome> onAlerts(AlertNotification notification, String requestedBy) {
        List<TriggerOutcome> out = new ArrayList<>();
        for (Alert alert : notification.alerts()) {
            out.add(onAlert(alert, requestedBy));
        }
        return out;
    }

    private TriggerOutcome onAlert(Alert alert, String requestedBy) {
        Optional<Integer> year = alert.label("year").flatMap(RetrainingTriggers::year);
        if (!alert.isFiring()) {
            return new TriggerOutcome(alert.name(), year, Optional.empty(), "resolved: nothing to do");
        }
        if (!alert.label("action").equals(Optional.of("retrain"))) {
            return new TriggerOutcome(
                    alert.name(), year, Optional.empty(), "not a retraining alert (no action=retrain)");
        }
        if (year.isEmpty()) {
            return new TriggerOutcome(alert.name(), year, Optional.empty(), "no valid year label");
        }
        String detail = alert.name() + " (fingerprint " + alert.fingerprint() + ", since " + alert.startsAt() + "): "
                + alert.annotations().getOrDefault("summary", "");
        RunRecord run = retraining.start(
                RetrainRequest.of(new Year(year.get()), new Trigger(TriggerKind.ALERT, detail, requestedBy)));
        return new TriggerOutcome(alert.name(), year, Optional.of(run), run.message());
    }

    private static Optional<Integer> year(String text) {
        try {
            return Optional.of(new Year(Integer.parseInt(text.strip())).value());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Starts a run when the year's unused ground truth reached the threshold; empty otherwise. */
    public Optional<TriggerOutcome> onNewData(Year year) {
        int threshold = services.settings().newDataThreshold();
        if (threshold == 0
                || services.registry()
                        .resolve(new landcover.domain.AliasRef(
                                services.settings().line(), year, Alias.PRODUCTION))
                        .isEmpty()) {
            return Optional.empty();
        }
        int items = services.groundTruth().unused(year).stream()
                .mapToInt(GroundTruthBatch::items)
                .sum();
        if (items < threshold) {
            return Optional.empty();
        }
        RunRecord run = retraining.start(RetrainRequest.of(
                year,
                new Trigger(
                        TriggerKind.NEW_DATA,
                        items + " unused ground-truth items reached the threshold of " + threshold,
                        "ground-truth-intake")));
        return Optional.of(new TriggerOutcome("new-data", Optional.of(year.value()), Optional.of(run), run.message()));
    }

    /** Runs the schedule trigger once for every year with a production model. */
    public List<TriggerOutcome> onSchedule() {
        List<TriggerOutcome> out = new ArrayList<>();
        for (Year year : services.registry().years(services.settings().line())) {
            if (services.registry().aliases(services.settings().line(), year).containsKey(Alias.PRODUCTION)) {
                RunRecord run = retraining.start(RetrainRequest.of(
                        year,
                        new Trigger(
                                TriggerKind.SCHEDULE,
                                "every " + services.settings().schedule(),
                                "scheduler")));
                out.add(new TriggerOutcome("schedule", Optional.of(year.value()), Optional.of(run), run.message()));
            }
        }
        return out;
    }

    /** Starts the schedule (no effect when the schedule is zero). */
    public void startSchedule() {
        long every = services.settings().schedule().toMillis();
        if (every > 0) {
            scheduler.scheduleWithFixedDelay(
                    () -> {
                        try {
                            onSchedule();
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "scheduled retraining check failed: " + e.getMessage(), e);
                        }
                    },
                    every,
                    every,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
