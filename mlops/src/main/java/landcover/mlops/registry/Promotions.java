package landcover.mlops.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;

/**
 * Moves aliases. Each change is one transaction that locks the line's counter row (so changes to a
 * line and year are serialised), reads the current target, writes the new one and appends the event
 * with the metrics of both versions. Event times never go backwards per alias, so "as of T" queries
 * can trust the order of the history. Thread-safe.
 */
final class Promotions {
    private final Database db;
    private final Clock clock;

    Promotions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    AliasEvent move(AliasMove move) {
        return db.inTransaction(
                c -> change(c, move.alias(), AliasEvent.Kind.MOVE, move.version(), move.by(), move.reason()));
    }

    AliasEvent rollback(AliasRef ref, String by, String reason) {
        String who = AliasMove.requireText(by, "by");
        String why = AliasMove.requireText(reason, "reason");
        return db.inTransaction(c -> {
            lock(c, ref);
            ModelVersion target = previous(AliasRows.events(c, ref.name(), ref.year(), ref.alias()))
                    .orElseThrow(() -> new RegistryConflictException(
                            ref.toString(), "cannot roll back " + ref + ": the history holds no earlier version"));
            return change(c, ref, AliasEvent.Kind.ROLLBACK, target, who, why);
        });
    }

    AliasEvent clear(AliasRef ref, String by, String reason) {
        String who = AliasMove.requireText(by, "by");
        String why = AliasMove.requireText(reason, "reason");
        return db.inTransaction(c -> {
            lock(c, ref);
            ModelVersion from = AliasRows.current(c, ref).orElseThrow(() -> ModelNotFoundException.of(ref));
            AliasRows.remove(c, ref);
            return AliasRows.append(
                    c,
                    new AliasEvent(
                            0,
                            ref,
                            AliasEvent.Kind.CLEAR,
                            from,
                            null,
                            who,
                            why,
                            eventTime(c, ref),
                            metrics(c, ref, from),
                            null));
        });
    }

    List<AliasEvent> promoteShadow(ModelName name, Year year, String by, String reason) {
        String who = AliasMove.requireText(by, "by");
        String why = AliasMove.requireText(reason, "reason");
        AliasRef shadow = new AliasRef(name, year, Alias.SHADOW);
        return db.inTransaction(c -> {
            lock(c, shadow);
            ModelVersion challenger = AliasRows.current(c, shadow).orElseThrow(() -> ModelNotFoundException.of(shadow));
            AliasEvent moved =
                    change(c, new AliasRef(name, year, Alias.PRODUCTION), AliasEvent.Kind.MOVE, challenger, who, why);
            AliasRows.remove(c, shadow);
            AliasEvent cleared = AliasRows.append(
                    c,
                    new AliasEvent(
                            0,
                            shadow,
                            AliasEvent.Kind.CLEAR,
                            challenger,
                            null,
                            who,
                            why,
                            eventTime(c, shadow),
                            metrics(c, shadow, challenger),
                            null));
            return List.of(moved, cleared);
        });
    }

    private AliasEvent change(
            Connection c, AliasRef ref, AliasEvent.Kind kind, ModelVersion to, String by, String reason)
            throws SQLException {
        lock(c, ref);
        JsonDocument toMetrics = metrics(c, ref, to);
        if (toMetrics == null) {
            throw ModelNotFoundException.of(new ModelId(ref.name(), ref.year(), to));
        }
        Optional<ModelVersion> from = AliasRows.current(c, ref);
        Instant at = eventTime(c, ref);
        AliasRows.set(c, ref, to, at);
        return AliasRows.append(
                c,
                new AliasEvent(
                        0,
                        ref,
                        kind,
                        from.orElse(null),
                        to,
                        by,
                        reason,
                        at,
                        from.isPresent() ? metrics(c, ref, from.get()) : null,
                        toMetrics));
    }

    private static void lock(Connection c, AliasRef ref) throws SQLException {
        if (VersionRows.lockLine(c, ref.name(), ref.year()).isEmpty()) {
            throw ModelNotFoundException.ofYear(ref.name(), ref.year());
        }
    }

    /** Now, but not before the alias's last event (the clock may have stepped back). */
    private Instant eventTime(Connection c, AliasRef ref) throws SQLException {
        List<AliasEvent> events = AliasRows.events(c, ref.name(), ref.year(), ref.alias());
        Instant floor = events.isEmpty() ? null : events.getLast().at();
        return Registrar.notBefore(Registrar.truncate(clock.instant()), floor);
    }

    private static JsonDocument metrics(Connection c, AliasRef ref, ModelVersion version) throws SQLException {
        return VersionRows.find(c, new ModelId(ref.name(), ref.year(), version))
                .map(r -> r.lineage().metrics())
                .orElse(null);
    }

    /**
     * The version a rollback returns to: replay the history as a stack (a move pushes its target
     * unless it is already on top, a rollback pops, a clear empties) and take the entry under the top.
     */
    static Optional<ModelVersion> previous(List<AliasEvent> events) {
        Deque<ModelVersion> stack = new ArrayDeque<>();
        for (AliasEvent e : events) {
            switch (e.kind()) {
                case MOVE -> {
                    if (!e.to().equals(stack.peek())) {
                        stack.push(e.to());
                    }
                }
                case ROLLBACK -> {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                }
                case CLEAR -> stack.clear();
            }
        }
        if (stack.size() < 2) {
            return Optional.empty();
        }
        stack.pop();
        return Optional.of(stack.peek());
    }
}
