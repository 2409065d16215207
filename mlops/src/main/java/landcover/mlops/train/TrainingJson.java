package landcover.mlops.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.train.data.SampleTableFormat;

/** The params.json and metrics.json documents of a model directory. */
final class TrainingJson {
    private TrainingJson() {}

    /**
     * {@code {"forest":{…ForestParams…},"features":[…],"featureSha256":…,"classCodes":[…],
     * "trainingSha256":…,"holdoutSha256":…,"modelSha256":…,"holdoutSource":…}}.
     */
    static String params(TrainingResult r) {
        StringBuilder features = new StringBuilder("[");
        for (String name : r.compiled().features().names()) {
            features.append(features.length() > 1 ? "," : "").append(quote(name));
        }
        features.append(']');
        return String.format(
                Locale.ROOT,
                "{\"forest\":%s,\"effectiveMtry\":%d,\"features\":%s,\"featureSha256\":\"%s\",\"classCodes\":%s,"
                        + "\"trainingSha256\":\"%s\",\"holdoutSha256\":\"%s\",\"modelSha256\":\"%s\",\"holdoutSource\":\"%s\"}",
                r.forest().params().toJson(),
                r.forest().params().effectiveMtry(r.compiled().features().size()),
                features,
                r.compiled().features().sha256(),
                java.util.Arrays.toString(r.compiled().classCodes()).replace(" ", ""),
                SampleTableFormat.sha256(r.training()),
                SampleTableFormat.sha256(r.holdout()),
                modelSha256(r),
                r.holdoutSource());
    }

    /** The evaluation plus where it came from, one line. */
    static String metrics(TrainingResult r) {
        String evaluation = r.evaluation().toJson();
        double oob = r.forest().oobAccuracy();
        return String.format(
                        Locale.ROOT,
                        "{\"holdoutSource\":\"%s\",\"trainingRows\":%d,\"trainingGroups\":%d,\"holdoutRows\":%d,"
                                + "\"holdoutGroups\":%d,\"trees\":%d,\"seed\":%d,\"oobAccuracy\":%s,\"trainSeconds\":%.3f,",
                        r.holdoutSource(),
                        r.training().size(),
                        r.training().groupCount(),
                        r.holdout().size(),
                        r.holdout().groupCount(),
                        r.forest().treeCount(),
                        r.forest().params().seed(),
                        Double.isNaN(oob) ? "null" : String.format(Locale.ROOT, "%.6f", oob),
                        r.forest().trainSeconds())
                + evaluation.substring(1, evaluation.length() - 1)
                + ",\"scheme\":" + r.scheme().toJson() + "}";
    }

    private static String modelSha256(TrainingResult r) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ForestFormat.write(r.compiled(), bytes);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
