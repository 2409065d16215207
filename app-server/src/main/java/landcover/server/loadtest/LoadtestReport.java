package landcover.server.loadtest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The load test's figures: a JSON-ready summary and a Markdown report. Stateless. */
final class LoadtestReport {
    private LoadtestReport() {}

    static Map<String, Object> summary(LoadtestResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requests", r.samples().size());
        out.put("concurrency", r.settings().concurrency());
        out.put("years", r.years());
        out.put("totalSeconds", round(r.wallSeconds(), 3));
        out.put("throughputPerSecond", round(r.throughput(), 1));
        out.put("latencyMs", ordered("p50", ms(r, 0.5), "p95", ms(r, 0.95), "p99", ms(r, 0.99), "max", ms(r, 1)));
        out.put("statuses", keyed(r.statuses()));
        out.put("serverErrors", r.serverErrors());
        out.put("replicas", r.replicas());
        out.put("replicasFromMetrics", r.replicasFromMetrics());
        out.putAll(server(r));
        out.put("models", r.models());
        out.put("meanConfidence", round(r.meanConfidence(), 4));
        out.put("synthetic", r.synthetic());
        out.put("report", r.settings().out().resolve("loadtest.md").toString());
        out.put("chart", r.settings().out().resolve("loadtest.png").toString());
        return out;
    }

    private static Object ms(LoadtestResult r, double quantile) {
        return round(r.latencyMs(quantile), 1);
    }

    private static Map<String, Object> server(LoadtestResult r) {
        return ordered(
                "serverMeanMs",
                ordered(
                        "read", round(r.meanServerMs(Sample.ServerTiming::read), 1),
                        "classify", round(r.meanServerMs(Sample.ServerTiming::classify), 1),
                        "total", round(r.meanServerMs(Sample.ServerTiming::total), 1)),
                "meanPixels",
                round(r.meanServerMs(Sample.ServerTiming::pixels), 0));
    }

    static void writeMarkdown(LoadtestResult r, Path file, Path chart) {
        try {
            Path tmp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), markdown(r, chart));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LoadtestException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String markdown(LoadtestResult r, Path chart) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "%d predictions (one year each, years %s in turn), %d concurrent clients, against %s, from %s.%n%n",
                r.samples().size(),
                r.years(),
                r.settings().concurrency(),
                r.settings().url(),
                r.startedAt()));
        table(md, r);
        details(md, r);
        md.append("![latency, cumulative predictions and mean confidence over the run](")
                .append(chart)
                .append(")\n");
        return md.toString();
    }

    private static void table(StringBuilder md, LoadtestResult r) {
        md.append("| total | throughput | p50 | p95 | p99 | max | server errors | statuses | mean confidence |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %.2f s | %.1f /s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %s | %.4f |%n%n",
                r.wallSeconds(),
                r.throughput(),
                r.latencyMs(0.5),
                r.latencyMs(0.95),
                r.latencyMs(0.99),
                r.latencyMs(1.0),
                r.serverErrors(),
                pairs(r.statuses()),
                r.meanConfidence()));
    }

    private static void details(StringBuilder md, LoadtestResult r) {
        md.append(String.format(
                Locale.ROOT,
                "Mean per prediction on the server: %.0f pixels classified, %.1f ms in all (reading features %.1f ms,"
                        + " classifying %.1f ms).%s%n%n",
                r.meanServerMs(Sample.ServerTiming::pixels),
                r.meanServerMs(Sample.ServerTiming::total),
                r.meanServerMs(Sample.ServerTiming::read),
                r.meanServerMs(Sample.ServerTiming::classify),
                r.synthetic() ? " Imagery and models: SYNTHETIC (the sample region)." : ""));
        md.append("Requests per replica (answers): ")
                .append(pairs(r.replicas()))
                .append(".  \n");
        md.append("Requests per replica (server's `/metrics`): ")
                .append(pairs(r.replicasFromMetrics()))
                .append(".  \n");
        md.append("Requests per model: ").append(pairs(r.models())).append(".\n\n");
    }

    private static String pairs(Map<?, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Long> keyed(Map<Integer, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k == 0 ? "none" : Integer.toString(k), v));
        return out;
    }

    /** A map of alternating keys and values, in order, values may be null. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    static Object round(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null;
    }
}
