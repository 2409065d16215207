package landcover.mlops.serving;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelName;
import landcover.domain.Year;

/**
 * How predictions are served. Start from {@link #defaults()}.
 *
 * @param modelName the model line served
 * @param replicas replicas per deployment of a year without its own entry, at least 1
 * @param replicasByYear replica counts for particular years
 * @param queueCapacity requests that may wait per replica besides the one it runs, 0-10000
 * @param blockPixels pixels the forest classifies per block, 64-65536
 * @param jobThresholdPixels AOIs estimated above this many 10 m pixels run as jobs, at least 1
 * @param jobWorkers threads one job classifies with, at least 1
 * @param queuedJobs jobs that may wait besides the one running, at least 0
 * @param jobRetention how long finished jobs stay listed in memory (their results stay in the
 *     result store under its own retention)
 * @param refreshInterval how often deployed aliases are compared with the registry, to follow
 *     promotions made elsewhere (e.g. the CLI); zero turns polling off
 * @param cachedModels model versions kept loaded besides the deployed ones, at least 1
 */
public record ServingSettings(
        ModelName modelName,
        int replicas,
        Map<Year, Integer> replicasByYear,
        int queueCapacity,
        int blockPixels,
        long jobThresholdPixels,
        int jobWorkers,
        int queuedJobs,
        Duration jobRetention,
        Duration refreshInterval,
        int cachedModels) {
    public ServingSettings {
        Objects.requireNonNull(modelName, "modelName");
        replicasByYear = Map.copyOf(new TreeMap<>(replicasByYear));
        check(replicas >= 1 && replicasByYear.values().stream().allMatch(n -> n >= 1), "replicas", "at least 1");
        check(queueCapacity >= 0 && queueCapacity <= 10_000, "queueCapacity", "0 to 10000");
        check(blockPixels >= 64 && blockPixels <= 65_536, "blockPixels", "64 to 65536");
        check(jobThresholdPixels >= 1, "jobThresholdPixels", "at least 1");
        check(jobWorkers >= 1, "jobWorkers", "at least 1");
        check(queuedJobs >= 0, "queuedJobs", "at least 0");
        check(!jobRetention.isNegative(), "jobRetention", "not negative");
        check(!refreshInterval.isNegative(), "refreshInterval", "not negative (zero turns it off)");
        check(cachedModels >= 1, "cachedModels", "at least 1");
    }

    private static void check(boolean ok, String field, String expected) {
        if (!ok) {
            throw new InvalidValueException(field, "must be " + expected);
        }
    }

    /**
     * One replica per core, 32 waiting requests per replica, 4096-pixel blocks, jobs above 2 Mpx
     * (200 km²) with one thread per core and 8 waiting, finished jobs listed for an hour, aliases
     * polled every 10 s, 8 cached versions.
     */
    public static ServingSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServingSettings(
                ModelName.DEFAULT,
                cores,
                Map.of(),
                32,
                4096,
                2_000_000,
                cores,
                8,
                Duration.ofHours(1),
                Duration.ofSeconds(10),
                8);
    }

    /** The replica count of a year. */
    public int replicasFor(Year year) {
        return replicasByYear.getOrDefault(year, replicas);
    }

    /** A copy with another default replica count and per-year counts. */
    public ServingSettings withReplicas(int count, Map<Year, Integer> byYear) {
        return new ServingSettings(
                modelName,
                count,
                byYear,
                queueCapacity,
                blockPixels,
                jobThresholdPixels,
                jobWorkers,
                queuedJobs,
                jobRetention,
                refreshInterval,
                cachedModels);
    }

    /** A copy with another per-replica queue capacity. */
    public ServingSettings withQueueCapacity(int capacity) {
        return new ServingSettings(
                modelName,
                replicas,
                replicasByYear,
                capacity,
                blockPixels,
                jobThresholdPixels,
                jobWorkers,
                queuedJobs,
                jobRetention,
                refreshInterval,
                cachedModels);
    }

    /** A copy with another job threshold, in pixels. */
    public ServingSettings withJobThresholdPixels(long pixels) {
        return new ServingSettings(
                modelName,
                replicas,
                replicasByYear,
                queueCapacity,
                blockPixels,
                pixels,
                jobWorkers,
                queuedJobs,
                jobRetention,
                refreshInterval,
                cachedModels);
    }

    /** A copy with another registry polling interval (zero: off). */
    public ServingSettings withRefreshInterval(Duration interval) {
        return new ServingSettings(
                modelName,
                replicas,
                replicasByYear,
                queueCapacity,
                blockPixels,
                jobThresholdPixels,
                jobWorkers,
                queuedJobs,
                jobRetention,
                interval,
                cachedModels);
    }
}
