package landcover.mlops.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import landcover.mlops.MlopsException;

/**
 * The training distribution of each feature of a model, as the reference drift is measured
 * against: per feature, bin edges at the training values' deciles (repeated values merge bins) and
 * the share of training rows in each bin. Computed when a model is trained and stored with it as
 * the artifact {@value #ARTIFACT}. Immutable and thread-safe.
 *
 * <p>Bin {@code i} holds values {@code v} with {@code edges[i-1] < v <= edges[i]}; the first bin is
 * everything up to {@code edges[0]}, the last everything above the last edge.
 */
public final class ReferenceHistograms {
    /** The artifact name of a model's reference histograms. */
    public static final String ARTIFACT = "reference-histograms.json";

    /** Quantile bins per feature (fewer when values repeat). */
    public static final int BINS = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One feature's reference. */
    private record Feature(String name, double[] edges, double[] expected) {}

    private final List<Feature> features;
    private final long rows;

    private ReferenceHistograms(List<Feature> features, long rows) {
        this.features = List.copyOf(features);
        this.rows = rows;
    }

    /**
     * The reference of training samples.
     *
     * @param names feature names, in column order
     * @param rowMajor the values, {@code row * names.size() + column}; NaN values are skipped
     */
    public static ReferenceHistograms of(List<String> names, float[] rowMajor) {
        int p = names.size();
        int n = rowMajor.length / p;
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] column = new double[n];
            int valid = 0;
            for (int r = 0; r < n; r++) {
                float v = rowMajor[r * p + j];
                if (!Float.isNaN(v)) {
                    column[valid++] = v;
                }
            }
            features.add(reference(names.get(j), Arrays.copyOf(column, valid)));
        }
        return new ReferenceHistograms(features, n);
    }

    private static Feature reference(String name, double[] values) {
        if (values.length == 0) {
            throw new MlopsException("feature " + name + " has no training values to take a reference from");
        }
        Arrays.sort(values);
        double[] edges = new double[BINS - 1];
        int k = 0;
        for (int q = 1; q < BINS; q++) {
            double edge = values[(int) Math.min(values.length - 1, Math.floor(q * values.length / (double) BINS))];
            if (k == 0 || edge > edges[k - 1]) {
                edges[k++] = edge;
            }
        }
        edges = Arrays.copyOf(edges, k);
        long[] counts = new long[k + 1];
        for (double v : values) {
            counts[bin(edges, v)]++;
        }
        double[] expected = new double[k + 1];
        for (int i = 0; i < counts.length; i++) {
            expected[i] = counts[i] / (double) values.length;
        }
        return new Feature(name, edges, expected);
    }

    /** The bin of a value: the number of edges below it. */
    static int bin(double[] edges, double v) {
        int i = Arrays.binarySearch(edges, v);
        return i >= 0 ? i : -i - 1;
    }

    /** The feature names, in order. */
    public List<String> names() {
        return features.stream().map(Feature::name).toList();
    }

    /** Training rows the reference was taken from. */
    public long rows() {
        return rows;
    }

    /** The bin edges of feature {@code j} (a copy). */
    public double[] edges(int j) {
        return features.get(j).edges().clone();
    }

    /** The training share of each bin of feature {@code j} (a copy; sums to 1). */
    public double[] expected(int j) {
        return features.get(j).expected().clone();
    }

    /** The bin of value {@code v} of feature {@code j}. */
    public int binOf(int j, double v) {
        return bin(features.get(j).edges(), v);
    }

    /** The number of bins of feature {@code j}. */
    public int binCount(int j) {
        return features.get(j).expected().length;
    }

    /** The JSON form ({@code {"format":1,"rows":…,"features":[{"name":…,"edges":[…],"expected":[…]}…]}}). */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode().put("format", 1).put("rows", rows);
        ArrayNode list = root.putArray("features");
        for (Feature f : features) {
            ObjectNode o = list.addObject().put("name", f.name());
            Arrays.stream(f.edges()).forEach(o.putArray("edges")::add);
            Arrays.stream(f.expected()).forEach(o.putArray("expected")::add);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the JSON form.
     *
     * @throws MlopsException when it is not in that form
     */
    public static ReferenceHistograms fromJson(byte[] json) {
        try {
            JsonNode root = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            List<Feature> features = new ArrayList<>();
            for (JsonNode f : root.path("features")) {
                double[] edges = doubles(f.path("edges"));
                double[] expected = doubles(f.path("expected"));
                if (expected.length != edges.length + 1) {
                    throw new MlopsException("reference histograms: bins and edges of " + f.path("name") + " disagree");
                }
                features.add(new Feature(Objects.requireNonNull(f.path("name").textValue(), "name"), edges, expected));
            }
            return new ReferenceHistograms(features, root.path("rows").asLong());
        } catch (IOException | NullPointerException e) {
            throw new MlopsException("reference histograms are not readable JSON: " + e.getMessage());
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
