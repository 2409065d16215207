package landcover.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.raster.imagery.stac.StacSettings;

/**
 * A loopback STAC API for the benchmark: {@code POST /search} answers every scene of a scenes
 * folder as an Earth Search–style {@code sentinel-2-l2a} item (offset not applied, as ESA's DNs
 * are), and {@code /files/…} serves the COGs with single range requests, counting bytes.
 */
final class LoopbackStac implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");
    private static final String[][] KEYS = {
        {"coastal", "B01"}, {"blue", "B02"}, {"green", "B03"}, {"red", "B04"}, {"rededge1", "B05"},
        {"rededge2", "B06"}, {"rededge3", "B07"}, {"nir", "B08"}, {"nir08", "B8A"}, {"nir09", "B09"},
        {"swir16", "B11"}, {"swir22", "B12"}, {"scl", "SCL"}, {"aot", "AOT"}, {"wvp", "WVP"}
    };

    private final Path root;
    private final Path scenes;
    private final HttpServer server;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    LoopbackStac(Path root, Path scenes) throws IOException {
        this.root = root;
        this.scenes = scenes;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    StacSettings settings(Year year) {
        return StacSettings.of(base(), List.of(year))
                .withMaxCloudCover(100)
                .withDem(base() + "/files/dem.tif")
                .withSynthetic(true);
    }

    void reset() {
        bytes.set(0);
        requests.set(0);
    }

    long bytesServed() {
        return bytes.get();
    }

    long requests() {
        return requests.get();
    }

    long totalSceneBytes() {
        try (Stream<Path> walk = Files.walk(scenes)) {
            return walk.filter(p -> p.toString().endsWith(".tif"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/search")) {
                ex.getRequestBody().readAllBytes();
                send(ex, 200, search().getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            Path file = root.resolve(path.substring("/files/".length())).normalize();
            Matcher m = RANGE.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Range")));
            if (!file.startsWith(root) || !Files.isRegularFile(file) || !m.matches()) {
                send(ex, 404, new byte[0], null);
                return;
            }
            long size = Files.size(file);
            long from = Long.parseLong(m.group(1));
            long to = Math.min(Long.parseLong(m.group(2)), size - 1);
            byte[] body = new byte[(int) (to - from + 1)];
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(from);
                raf.readFully(body);
            }
            send(ex, 206, body, "bytes " + from + "-" + to + "/" + size);
        }
    }

    private void send(HttpExchange ex, int status, byte[] body, String range) throws IOException {
        if (range != null) {
            ex.getResponseHeaders().add("Content-Range", range);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
        bytes.addAndGet(body.length);
    }

    /** Every scene as an item; the client filters by date. */
    private String search() throws IOException {
        List<String> items = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(scenes)) {
            for (Path dir : dirs.sorted().toList()) {
                items.add(item(dir));
            }
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", items) + "],\"links\":[]}";
    }

    private String item(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("scene.json"));
        String id = field(json, "id");
        StringBuilder assets = new StringBuilder();
        for (String[] k : KEYS) {
            assets.append(assets.isEmpty() ? "" : ",")
                    .append(String.format(
                            Locale.ROOT,
                            "\"%s\":{\"href\":\"%s/files/%s\",\"type\":\"image/tiff; application=geotiff; profile=cloud-optimized\"}",
                            k[0],
                            base(),
                            root.relativize(dir.resolve(k[1] + ".tif"))));
        }
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Feature\",\"id\":\"%s\",\"collection\":\"sentinel-2-l2a\","
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.61,36.6],[-4.48,36.6],[-4.48,36.7],"
                        + "[-4.61,36.7],[-4.61,36.6]]]},\"properties\":{\"datetime\":\"%s\",\"eo:cloud_cover\":%s,"
                        + "\"s2:processing_baseline\":\"%s\",\"earthsearch:boa_offset_applied\":false,"
                        + "\"proj:epsg\":32630,\"grid:code\":\"MGRS-30SUF\",\"landcover:synthetic\":true},"
                        + "\"assets\":{%s}}",
                id,
                field(json, "datetime"),
                json.replaceAll("(?s).*\"cloudCover\": ([0-9.]+).*", "$1"),
                field(json, "processingBaseline"),
                assets);
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\": \"([^\"]*)\".*", "$1");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
