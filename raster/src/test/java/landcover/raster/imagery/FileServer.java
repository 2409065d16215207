package landcover.raster.imagery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server for tests: serves the files under a folder at {@code /files/…} with
 * single-range requests (206 + Content-Range), a STAC search endpoint at {@code POST /search} from
 * a handler, counts requests and body bytes per path, and misbehaves on request: a queue of faults
 * per path (an HTTP status, a delay, a dropped connection) consumed one per request.
 */
public final class FileServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    /** One way to misbehave. */
    public sealed interface Fault {
        /** Answer with this status and a short body. */
        record Status(int code) implements Fault {}

        /** Wait this long before answering normally. */
        record Delay(long millis) implements Fault {}

        /** Close the connection without an answer. */
        record Drop() implements Fault {}
    }

    private final HttpServer server;
    private final Path root;
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> bytesByPath = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Function<String, String> search = body -> "{\"type\":\"FeatureCollection\",\"features\":[]}";

    /** Starts serving {@code root} on an ephemeral loopback port. */
    public FileServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The URL of a file under the root. */
    public URI url(Path file) {
        return base().resolve("/files/" + root.relativize(file).toString().replace('\\', '/'));
    }

    /** Answers {@code POST /search} with the handler's JSON for each request body. */
    public void onSearch(Function<String, String> handler) {
        this.search = handler;
    }

    /** Queues faults for the next requests to a path (e.g. {@code /files/a.tif}). */
    public void fail(String path, Fault... next) {
        Deque<Fault> q = faults.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (q) {
            for (Fault f : next) {
                q.add(f);
            }
        }
    }

    /** Requests served (all paths), faults included. */
    public long requests() {
        return requests.get();
    }

    /** Body bytes sent (all paths). */
    public long bytes() {
        return bytes.get();
    }

    /** Body bytes sent for one path. */
    public long bytes(String path) {
        AtomicLong n = bytesByPath.get(path);
        return n == null ? 0 : n.get();
    }

    /** Resets the counters. */
    public void resetCounters() {
        requests.set(0);
        bytes.set(0);
        bytesByPath.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        try (ex) {
            Fault fault = nextFault(path);
            if (fault instanceof Fault.Drop) {
                return;
            }
            if (fault instanceof Fault.Delay(long millis)) {
                sleep(millis);
            }
            if (fault instanceof Fault.Status(int code)) {
                send(ex, path, code, ("fault " + code).getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            if (path.equals("/search") && ex.getRequestMethod().equals("POST")) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/geo+json");
                send(ex, path, 200, search.apply(body).getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            serveFile(ex, path);
        }
    }

    private Fault nextFault(String path) {
        Deque<Fault> q = faults.get(path);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            return q.poll();
        }
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        Path file = path.startsWith("/files/") ? root.resolve(path.substring(7)).normalize() : null;
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            send(ex, path, 404, "not found".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        long size = Files.size(file);
        String range = ex.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m == null || !m.matches()) {
            send(ex, path, 200, Files.readAllBytes(file), null);
            return;
        }
        long from = Long.parseLong(m.group(1));
        long to = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (from >= size) {
            ex.getResponseHeaders().add("Content-Range", "bytes */" + size);
            send(ex, path, 416, new byte[0], null);
            return;
        }
        byte[] body = new byte[(int) (to - from + 1)];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(from);
            raf.readFully(body);
        }
        send(ex, path, 206, body, "bytes " + from + "-" + to + "/" + size);
    }

    private void send(HttpExchange ex, String path, int status, byte[] body, String contentRange) throws IOException {
        if (contentRange != null) {
            ex.getResponseHeaders().add("Content-Range", contentRange);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        bytes.addAndGet(body.length);
        bytesByPath.computeIfAbsent(path, p -> new AtomicLong()).addAndGet(body.length);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
