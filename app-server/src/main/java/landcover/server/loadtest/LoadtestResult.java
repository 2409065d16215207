package landcover.server.loadtest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load test measured.
 *
 * @param settings what it was asked to do
 * @param years the years it asked for
 * @param startedAt when the first request was sent
 * @param wallNanos from the first request sent to the last answer read
 * @param samples every request, by index
 * @param replicasFromMetrics successful predictions per replica counted by the server's {@code /metrics}
 *     over the run (empty when it serves none)
 */
record LoadtestResult(
        LoadtestSettings settings,
        List<Integer> years,
        Instant startedAt,
        long wallNanos,
        List<Sample> samples,
        Map<String, Long> replicasFromMetrics) {
    LoadtestResult {
        years = List.copyOf(years);
        samples = List.copyOf(samples);
        replicasFromMetrics = java.util.Collections.unmodifiableMap(new TreeMap<>(replicasFromMetrics));
    }

    double wallSeconds() {
        return wallNanos / 1e9;
    }

    double throughput() {
        return samples.size() / wallSeconds();
    }

    long serverErrors() {
        return samples.stream().filter(Sample::serverError).count();
    }

    /** Latency quantile in milliseconds (nearest rank over every answered request). */
    double latencyMs(double quantile) {
        long[] sorted =
                samples.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }

    /** Requests per HTTP status (0: no answer). */
    Map<Integer, Long> statuses() {
        return count(samples.stream().map(Sample::status).toList());
    }

    /** Successful requests per replica. */
    Map<String, Long> replicas() {
        return count(samples.stream().filter(Sample::ok).map(Sample::replica).toList());
    }

    /** Successful requests per model id. */
    Map<String, Long> models() {
        return count(samples.stream().filter(Sample::ok).map(Sample::model).toList());
    }

    /** Mean of the per-request mean confidences of successful requests (NaN when none). */
    double meanConfidence() {
        return samples.stream()
                .filter(Sample::ok)
                .mapToDouble(Sample::meanConfidence)
                .average()
                .orElse(Double.NaN);
    }

    /** Mean server time of successful requests, in milliseconds, by what {@code part} picks. */
    double meanServerMs(java.util.function.ToDoubleFunction<Sample.ServerTiming> part) {
        return samples.stream()
                .filter(Sample::ok)
                .mapToDouble(s -> part.applyAsDouble(s.server()))
                .average()
                .orElse(Double.NaN);
    }

    /** Whether any answer said its imagery or model is synthetic. */
    boolean synthetic() {
        return samples.stream().anyMatch(Sample::synthetic);
    }

    private static <K extends Comparable<K>> Map<K, Long> count(List<K> keys) {
        Map<K, Long> out = new TreeMap<>();
        keys.forEach(k -> out.merge(k, 1L, Long::sum));
        return out;
    }
}
