package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelName;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.mlops.registry.CodeVersion;

/**
 * How retraining runs.
 *
 * @param line the model line retrained
 * @param workDir where step outputs are cached ({@code cache/<step>/<key>/}); keep it on a disk
 *     that survives restarts, so resumed and repeated runs reuse them
 * @param code the code version (part of every cache key and of every registered lineage)
 * @param threads training threads (results do not depend on it)
 * @param lockTtl how long a run's lease on its year lasts without a heartbeat
 * @param holdoutFraction share of the new ground truth's locations added to the holdout, in (0, 1)
 * @param maxPixelsPerPolygon pixels sampled at most per labelled polygon
 * @param defaultPolicy the decision policy of years without their own
 * @param newDataThreshold labelled items of unused ground truth that start a run by themselves (0: never)
 * @param schedule how often the schedule trigger checks every year for unused ground truth (zero: never)
 * @param clock timestamps of runs, steps and leases
 */
public record PipelineSettings(
        ModelName line,
        Path workDir,
        CodeVersion code,
        int threads,
        Duration lockTtl,
        double holdoutFraction,
        int maxPixelsPerPolygon,
        DecisionPolicy defaultPolicy,
        int newDataThreshold,
        Duration schedule,
        Clock clock) {
    public PipelineSettings {
        Objects.requireNonNull(line, "line");
        workDir = Objects.requireNonNull(workDir, "workDir").toAbsolutePath().normalize();
        Objects.requireNonNull(code, "code");
        check(threads >= 1, "threads", "at least 1");
        check(lockTtl != null && !lockTtl.isNegative() && !lockTtl.isZero(), "lockTtl", "positive");
        check(holdoutFraction > 0 && holdoutFraction < 1, "holdoutFraction", "in (0, 1)");
        check(maxPixelsPerPolygon >= 1, "maxPixelsPerPolygon", "at least 1");
        Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        check(newDataThreshold >= 0, "newDataThreshold", "0 or more");
        check(schedule != null && !schedule.isNegative(), "schedule", "zero or positive");
        Objects.requireNonNull(clock, "clock");
    }

    private static void check(boolean ok, String field, String what) {
        if (!ok) {
            throw new InvalidValueException(field, "must be " + what);
        }
    }

    /**
     * Defaults: the default line, one training thread per core, 30 s leases, 15 % of new locations
     * held out, 100 pixels per polygon, {@link DecisionPolicy#defaults()}, a run once 100 unused
     * items wait, no schedule, the UTC clock.
     */
    public static PipelineSettings defaults(Path workDir, CodeVersion code) {
        return new PipelineSettings(
                ModelName.DEFAULT,
                workDir,
                code,
                Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(30),
                0.15,
                100,
                DecisionPolicy.defaults(),
                100,
                Duration.ZERO,
                Clock.systemUTC());
    }

    /** A copy with another clock. */
    public PipelineSettings withClock(Clock other) {
        return new PipelineSettings(
                line,
                workDir,
                code,
                threads,
                lockTtl,
                holdoutFraction,
                maxPixelsPerPolygon,
                defaultPolicy,
                newDataThreshold,
                schedule,
                other);
    }

    /** A copy with another lease time to live. */
    public PipelineSettings withLockTtl(Duration ttl) {
        return new PipelineSettings(
                line,
                workDir,
                code,
                threads,
                ttl,
                holdoutFraction,
                maxPixelsPerPolygon,
                defaultPolicy,
                newDataThreshold,
                schedule,
                clock);
    }

    /** A copy with another default policy. */
    public PipelineSettings withDefaultPolicy(DecisionPolicy policy) {
        return new PipelineSettings(
                line,
                workDir,
                code,
                threads,
                lockTtl,
                holdoutFraction,
                maxPixelsPerPolygon,
                policy,
                newDataThreshold,
                schedule,
                clock);
    }

    /** A copy with another new-data threshold and schedule. */
    public PipelineSettings withTriggers(int threshold, Duration every) {
        return new PipelineSettings(
                line,
                workDir,
                code,
                threads,
                lockTtl,
                holdoutFraction,
                maxPixelsPerPolygon,
                defaultPolicy,
                threshold,
                every,
                clock);
    }
}
