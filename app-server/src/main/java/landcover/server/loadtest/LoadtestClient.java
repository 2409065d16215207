package landcover.server.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The REST calls of a load test (JDK HTTP client, HTTP/1.1 keep-alive). Thread-safe. */
final class LoadtestClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final String apiKey;
    private final HttpClient http;

    LoadtestClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Waits until {@code /health/ready} answers 200, at most {@code wait}. */
    void awaitReady(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            HttpResponse<String> ready = send(get("/health/ready"));
            if (ready.statusCode() == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LoadtestException(base + " is not ready (" + ready.statusCode() + "): " + ready.body());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Every served year and its coverage (GeoJSON geometry text), in the server's order. */
    Map<Integer, String> servedYears() {
        HttpResponse<String> response = send(get("/v1/years"));
        JsonNode years = json(response).path("years");
        if (response.statusCode() != 200 || !years.isArray()) {
            throw new LoadtestException("GET " + base.resolve("/v1/years") + " answered " + response.statusCode()
                    + ", not a landcover server's year list: " + response.body());
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        years.forEach(y -> out.put(y.path("year").asInt(), y.path("coverage").toString()));
        return out;
    }

    /** The Prometheus text of {@code /metrics}, or "" when it is not served. */
    String metrics() {
        HttpResponse<String> response = send(get("/metrics"));
        return response.statusCode() == 200 ? response.body() : "";
    }

    /** One prediction; failures are reported in the sample, never thrown. */
    Sample predict(int index, int year, String aoi, long origin) {
        HttpRequest request = predictRequest(year, aoi);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return sample(index, year, start - origin, System.nanoTime() - start, response);
        } catch (IOException e) {
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            return Sample.failed(index, year, start - origin, System.nanoTime() - start, 0, problem);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadtestException("interrupted", e);
        }
    }

    private HttpRequest predictRequest(int year, String aoi) {
        String body = "{\"aoi\":" + aoi + ",\"years\":[" + year + "],\"probabilities\":false}";
        return authorised(HttpRequest.newBuilder(base.resolve("/v1/predictions")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static Sample sample(int index, int year, long start, long latency, HttpResponse<String> response) {
        JsonNode json = json(response);
        if (response.statusCode() != 200) {
            String problem = json.path("type").asText(response.body());
            return Sample.failed(index, year, start, latency, response.statusCode(), problem);
        }
        JsonNode p = json.path("predictions").path(0);
        String model = p.path("model").path("id").asText();
        double confidence = p.path("meanConfidence").asDouble(Double.NaN);
        return new Sample(
                index,
                year,
                start,
                latency,
                200,
                p.path("replica").asText(),
                model,
                confidence,
                "",
                timing(p),
                p.path("synthetic").asBoolean());
    }

    private static Sample.ServerTiming timing(JsonNode prediction) {
        JsonNode t = prediction.path("timingMs");
        return new Sample.ServerTiming(
                t.path("read").asDouble(Double.NaN),
                t.path("classify").asDouble(Double.NaN),
                t.path("total").asDouble(Double.NaN),
                prediction.path("pixels").path("classified").asDouble(Double.NaN));
    }

    private HttpRequest get(String path) {
        return authorised(HttpRequest.newBuilder(base.resolve(path)))
                .timeout(TIMEOUT)
                .GET()
                .build();
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoadtestException("cannot reach " + request.uri() + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadtestException("interrupted", e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            return MAPPER.missingNode();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadtestException("interrupted", e);
        }
    }
}
