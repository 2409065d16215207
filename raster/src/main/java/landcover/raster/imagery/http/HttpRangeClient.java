package landcover.raster.imagery.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import landcover.raster.RasterException;

/**
 * Range requests over {@link HttpClient}: at most {@code maxInFlight} at once across every file,
 * retried with exponential backoff on server errors (5xx), throttling (429), timeouts and broken
 * connections; any other 4xx fails at once with an error naming the URL. Counts requests and bytes
 * received. Thread-safe; one instance serves all remote files of a source.
 */
public final class HttpRangeClient implements AutoCloseable {
    private final HttpClient client;
    private final HttpSettings settings;
    private final Semaphore inFlight;
    private final ByteCache cache;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    /** A client with its own {@link HttpClient}. */
    public HttpRangeClient(HttpSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.inFlight = new Semaphore(settings.maxInFlight(), true);
        this.cache = new ByteCache(settings.cacheBytes());
    }

    /** A bytes range and the total size the server reported for the file (-1 when it did not say). */
    record Fetched(byte[] bytes, long totalSize) {}

    /**
     * Fetches {@code length} bytes at {@code offset} (fewer at the end of the file).
     *
     * @throws RasterException naming the URL on a 4xx, or after the last failed attempt
     */
    Fetched fetch(URI url, long offset, int length) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("Range", "bytes=" + offset + "-" + (offset + length - 1))
                .GET()
                .build();
        long backoff = settings.initialBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                HttpResponse<byte[]> response = send(request);
                int status = response.statusCode();
                if (status == 206 || status == 200) {
                    return body(url, response, offset, length);
                }
                if (status >= 400 && status < 500 && status != 429 && status != 408) {
                    throw new RasterException(
                            url.toString(),
                            "HTTP " + status + " for the asset " + url
                                    + (status == 404 ? " (not found)" : status == 403 ? " (forbidden)" : ""));
                }
                problem = "HTTP " + status;
            } catch (HttpTimeoutException e) {
                problem = "no response within " + settings.requestTimeout().toMillis() + " ms";
            } catch (IOException e) {
                problem = "connection failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            }
            if (attempt >= settings.maxAttempts()) {
                throw new RasterException(
                        url.toString(),
                        "giving up on the asset " + url + " after " + attempt + " attempts: " + problem);
            }
            sleep(backoff);
            backoff *= 2;
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        inFlight.acquireUninterruptibly();
        try {
            requests.incrementAndGet();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            bytes.addAndGet(response.body().length);
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasterException(request.uri().toString(), "interrupted");
        } finally {
            inFlight.release();
        }
    }

    /** The requested bytes of a 206 (or, from a server ignoring ranges, of a whole-file 200). */
    private static Fetched body(URI url, HttpResponse<byte[]> response, long offset, int length) {
        byte[] body = response.body();
        long total = -1;
        if (response.statusCode() == 200) {
            total = body.length;
            int from = (int) Math.min(offset, body.length);
            int to = (int) Math.min(offset + length, body.length);
            return new Fetched(java.util.Arrays.copyOfRange(body, from, to), total);
        }
        String range = response.headers().firstValue("Content-Range").orElse("");
        String prefix = "bytes " + offset + "-";
        if (!range.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            throw new RasterException(
                    url.toString(), "asked for bytes from " + offset + ", got Content-Range '" + range + "'");
        }
        int slash = range.indexOf('/');
        if (slash > 0 && !range.endsWith("*")) {
            total = Long.parseLong(range.substring(slash + 1).strip());
        }
        return new Fetched(body, total);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasterException("http", "interrupted while waiting to retry");
        }
    }

    /**
     * Fetches a whole small document (a STAC response) with the same retry rules.
     *
     * @throws RasterException naming the URL on a 4xx or after the last attempt
     */
    public String send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(settings.requestTimeout()).build();
        long backoff = settings.initialBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                HttpResponse<byte[]> response = send(request);
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                }
                if (status >= 400 && status < 500 && status != 429 && status != 408) {
                    throw new RasterException(
                            request.uri().toString(),
                            "HTTP " + status + ": "
                                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).strip());
                }
                problem = "HTTP " + status;
            } catch (HttpTimeoutException e) {
                problem = "no response within " + settings.requestTimeout().toMillis() + " ms";
            } catch (IOException e) {
                problem = "connection failed (" + e.getClass().getSimpleName() + ")";
            }
            if (attempt >= settings.maxAttempts()) {
                throw new RasterException(
                        request.uri().toString(), "giving up after " + attempt + " attempts: " + problem);
            }
            sleep(backoff);
            backoff *= 2;
        }
    }

    ByteCache cache() {
        return cache;
    }

    HttpSettings settings() {
        return settings;
    }

    /** Requests sent so far, retries included. */
    public long requests() {
        return requests.get();
    }

    /** Response body bytes received so far. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    public void close() {
        client.close();
    }
}
