package landcover.mlops.monitoring.alerts;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Label;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Evaluates alerting rules in-process against the process's own metrics (embedded mode, where no
 * Prometheus runs), with Prometheus's semantics: an alert is pending while its expression holds,
 * fires once it has held for {@code for}, keeps firing for {@code keep_firing_for} after it stops
 * holding, then resolves. Every change to firing or resolved is sent, as an Alertmanager-style
 * notification, to the same place the webhook sends Alertmanager's; an alert still firing is sent
 * again every {@link #REPEAT_INTERVAL} (Alertmanager's default {@code repeat_interval}). Rules whose expressions this
 * evaluator does not understand are skipped (listed by {@link #skipped()}). Thread-safe.
 */
public final class RuleEvaluator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RuleEvaluator.class.getName());

    /** How often a firing alert is sent again, as Alertmanager's default {@code repeat_interval}. */
    public static final Duration REPEAT_INTERVAL = Duration.ofHours(4);

    /** One alert instance's state. */
    private static final class State {
        private final Instant activeAt;
        private Instant firedAt;
        private Instant keepFiringSince;
        private Instant sentAt;
        private double value;

        State(Instant activeAt) {
            this.activeAt = activeAt;
        }
    }

    private final List<AlertRule> rules;
    private final Map<AlertRule, PromQl.Expr> compiled = new LinkedHashMap<>();
    private final PrometheusRegistry registry;
    private final Clock clock;
    private final Consumer<AlertNotification> sink;
    private final Map<String, Map<Map<String, String>, State>> states = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("alert-rules").daemon(true).factory());

    public RuleEvaluator(
            List<AlertRule> rules, PrometheusRegistry registry, Clock clock, Consumer<AlertNotification> sink) {
        this.rules = List.copyOf(rules);
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        for (AlertRule rule : this.rules) {
            try {
                compiled.put(rule, PromQl.parse(rule.expr()));
            } catch (PromQl.Unsupported e) {
                LOG.log(Level.INFO, "alert " + rule.name() + " is left to Prometheus: " + e.getMessage());
            }
        }
    }

    /** Evaluates at the shortest interval of the rules' groups from now on. */
    public void start() {
        long ms = rules.stream()
                .map(AlertRule::interval)
                .min(Duration::compareTo)
                .orElse(Duration.ofMinutes(1))
                .toMillis();
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        evaluate();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "alert rule evaluation failed: " + e.getMessage(), e);
                    }
                },
                ms,
                ms,
                TimeUnit.MILLISECONDS);
    }

    /** Evaluates every rule once, now; returns the alerts sent: started (or still, once per repeat) firing, or resolved. */
    public synchronized List<Alert> evaluate() {
        Instant now = clock.instant();
        Map<String, List<Sample>> series = series();
        List<Alert> changed = new ArrayList<>();
        compiled.forEach((rule, expr) ->
                changed.addAll(step(rule, expr.eval(m -> series.getOrDefault(m, List.of())), now)));
        if (!changed.isEmpty()) {
            sink.accept(notification(changed));
        }
        return changed;
    }

    private List<Alert> step(AlertRule rule, List<Sample> active, Instant now) {
        Map<Map<String, String>, State> byLabels = states.computeIfAbsent(rule.name(), n -> new HashMap<>());
        List<Alert> changed = new ArrayList<>();
        Map<Map<String, String>, Sample> current = new HashMap<>();
        active.forEach(s -> current.put(s.labels(), s));
        current.forEach((labels, sample) -> {
            State s = byLabels.computeIfAbsent(labels, l -> new State(now));
            s.value = sample.value();
            s.keepFiringSince = null;
            if (s.firedAt == null && !now.isBefore(s.activeAt.plus(rule.forDuration()))) {
                s.firedAt = now;
            }
            if (s.firedAt != null && (s.sentAt == null || !now.isBefore(s.sentAt.plus(REPEAT_INTERVAL)))) {
                s.sentAt = now;
                changed.add(alert(rule, labels, s, Alert.FIRING, null));
            }
        });
        for (var it = byLabels.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            State s = e.getValue();
            if (current.containsKey(e.getKey())) {
                continue;
            }
            if (s.firedAt != null && s.keepFiringSince == null) {
                s.keepFiringSince = now;
            }
            if (s.firedAt == null || !now.isBefore(s.keepFiringSince.plus(rule.keepFiringFor()))) {
                if (s.firedAt != null) {
                    changed.add(alert(rule, e.getKey(), s, Alert.RESOLVED, now));
                }
                it.remove();
            }
        }
        return changed;
    }

    private static Alert alert(AlertRule rule, Map<String, String> series, State s, String status, Instant endsAt) {
        Map<String, String> labels = new TreeMap<>(series);
        labels.putAll(rule.labels());
        labels.put("alertname", rule.name());
        Map<String, String> annotations = new LinkedHashMap<>();
        rule.annotations().forEach((k, v) -> annotations.put(k, Templates.render(v, labels, s.value)));
        String fingerprint = Integer.toHexString(labels.hashCode());
        return new Alert(status, labels, annotations, s.activeAt, endsAt, "embedded:" + rule.group(), fingerprint);
    }

    private static AlertNotification notification(List<Alert> alerts) {
        boolean firing = alerts.stream().anyMatch(Alert::isFiring);
        return new AlertNotification(
                AlertmanagerPayload.VERSION,
                "embedded",
                0,
                firing ? Alert.FIRING : Alert.RESOLVED,
                "embedded",
                Map.of(),
                Map.of(),
                Map.of(),
                "",
                alerts);
    }

    /** The alerts firing now. */
    public synchronized List<Alert> firing() {
        List<Alert> out = new ArrayList<>();
        for (AlertRule rule : compiled.keySet()) {
            states.getOrDefault(rule.name(), Map.of()).forEach((labels, s) -> {
                if (s.firedAt != null) {
                    out.add(alert(rule, labels, s, Alert.FIRING, null));
                }
            });
        }
        return out;
    }

    /** The rules left to Prometheus, with why. */
    public List<AlertRule> skipped() {
        return rules.stream().filter(r -> !compiled.containsKey(r)).toList();
    }

    /** The current value of every gauge and counter series, by exposed name (counters end in _total). */
    private Map<String, List<Sample>> series() {
        Map<String, List<Sample>> out = new HashMap<>();
        for (MetricSnapshot snapshot : registry.scrape()) {
            String name = snapshot.getMetadata().getPrometheusName();
            if (snapshot instanceof CounterSnapshot) {
                name += "_total";
            } else if (!(snapshot instanceof GaugeSnapshot)) {
                continue;
            }
            for (DataPointSnapshot point : snapshot.getDataPoints()) {
                Map<String, String> labels = new TreeMap<>();
                for (Label l : point.getLabels()) {
                    labels.put(l.getName(), l.getValue());
                }
                double value = point instanceof GaugeSnapshot.GaugeDataPointSnapshot g
                        ? g.getValue()
                        : ((CounterSnapshot.CounterDataPointSnapshot) point).getValue();
                out.computeIfAbsent(name, n -> new ArrayList<>()).add(new Sample(labels, value));
            }
        }
        return out;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
