package landcover.raster.imagery.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP range client behaves.
 *
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed for one response (headers and body); a slower one is retried
 * @param maxAttempts tries per range (first attempt included) on 5xx, 429, timeouts and resets
 * @param initialBackoff wait before the first retry; doubled for each further retry
 * @param maxInFlight range requests in flight at once, across all files
 * @param mergeGap ranges at most this many bytes apart are fetched as one request
 * @param headerBytes bytes fetched from the start of a file at open (COG headers sit there)
 * @param cacheBytes bytes of fetched ranges kept for reuse
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        int maxInFlight,
        int mergeGap,
        int headerBytes,
        long cacheBytes) {
    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (maxAttempts < 1 || maxInFlight < 1 || mergeGap < 0 || headerBytes < 1024 || cacheBytes < 0) {
            throw new IllegalArgumentException("bad HTTP settings " + maxAttempts + "/" + maxInFlight + "/" + mergeGap
                    + "/" + headerBytes + "/" + cacheBytes);
        }
    }

    /**
     * 5 s to connect, 30 s per response, 5 attempts from 200 ms backoff, 8 requests in flight,
     * ranges merged across gaps up to 64 KiB, 64 KiB header reads, 128 MiB cache.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                5,
                Duration.ofMillis(200),
                8,
                64 << 10,
                64 << 10,
                128L << 20);
    }

    public HttpSettings withRequestTimeout(Duration timeout) {
        return new HttpSettings(
                connectTimeout, timeout, maxAttempts, initialBackoff, maxInFlight, mergeGap, headerBytes, cacheBytes);
    }

    public HttpSettings withRetries(int attempts, Duration backoff) {
        return new HttpSettings(
                connectTimeout, requestTimeout, attempts, backoff, maxInFlight, mergeGap, headerBytes, cacheBytes);
    }

    public HttpSettings withCacheBytes(long bytes) {
        return new HttpSettings(
                connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxInFlight, mergeGap, headerBytes, bytes);
    }
}
