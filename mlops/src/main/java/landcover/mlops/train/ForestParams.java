package landcover.mlops.train;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import landcover.mlops.MlopsException;

/**
 * Random-forest hyperparameters, all recorded with every model. Zero means "the default" where noted.
 *
 * @param trees number of trees, at least 1 (default 100, as the published method)
 * @param mtry features tried per split; 0 = ⌊√features⌋ (the published method's choice)
 * @param maxDepth maximum tree depth; 0 = unlimited (the published method's choice)
 * @param maxNodes maximum leaves per tree; 0 = unlimited (trees then grow depth-first)
 * @param nodeSize minimum samples per leaf, at least 1 (default 1, as scikit-learn's default the
 *     published method used)
 * @param sampleFraction bootstrap size per class as a share of the class's rows, in (0, 1]; 1 draws
 *     with replacement (classic bagging), less draws without replacement
 * @param classWeights multiplier of each class's share of every bootstrap sample, by class code;
 *     missing classes weigh 1
 * @param voting how trees combine (default {@link Voting#HARD})
 * @param seed seeds every random choice (bootstrap and features per split): same data and
 *     parameters give the same forest whatever the thread count
 */
public record ForestParams(
        int trees,
        int mtry,
        int maxDepth,
        int maxNodes,
        int nodeSize,
        double sampleFraction,
        Map<Integer, Double> classWeights,
        Voting voting,
        long seed) {
    /** The split criterion; the only one offered (the published method's). */
    public static final String SPLIT_RULE = "gini";

    public ForestParams {
        check(trees >= 1, "trees", trees + " (need at least 1)");
        check(mtry >= 0, "mtry", mtry + " (0 means √features)");
        check(maxDepth >= 0, "maxDepth", maxDepth + " (0 means unlimited)");
        check(maxNodes == 0 || maxNodes >= 2, "maxNodes", maxNodes + " (0 means unlimited, else at least 2)");
        check(nodeSize >= 1, "nodeSize", nodeSize + " (need at least 1)");
        check(sampleFraction > 0 && sampleFraction <= 1, "sampleFraction", sampleFraction + " (need (0, 1])");
        java.util.Objects.requireNonNull(voting, "voting");
        classWeights = Map.copyOf(new TreeMap<>(classWeights));
        classWeights.forEach((code, w) -> check(w > 0 && Double.isFinite(w), "classWeights", code + "=" + w));
    }

    private static void check(boolean ok, String field, String what) {
        if (!ok) {
            throw new MlopsException("invalid " + field + ": " + what);
        }
    }

    /** The defaults of the published method: 100 trees, √features, unlimited depth, leaf size 1. */
    public static ForestParams defaults(long seed) {
        return new ForestParams(100, 0, 0, 0, 1, 1.0, Map.of(), Voting.HARD, seed);
    }

    /** A copy with another tree count. */
    public ForestParams withTrees(int n) {
        return new ForestParams(n, mtry, maxDepth, maxNodes, nodeSize, sampleFraction, classWeights, voting, seed);
    }

    /** A copy with another seed. */
    public ForestParams withSeed(long s) {
        return new ForestParams(trees, mtry, maxDepth, maxNodes, nodeSize, sampleFraction, classWeights, voting, s);
    }

    /** A copy with another voting rule. */
    public ForestParams withVoting(Voting v) {
        return new ForestParams(trees, mtry, maxDepth, maxNodes, nodeSize, sampleFraction, classWeights, v, seed);
    }

    /** The features tried per split for {@code features} features. */
    public int effectiveMtry(int features) {
        return mtry > 0 ? Math.min(mtry, features) : Math.max(1, (int) Math.sqrt(features));
    }

    /** The weight of a class (1 when not listed). */
    public double classWeight(int code) {
        return classWeights.getOrDefault(code, 1.0);
    }

    /** One-line JSON with every parameter, the split rule and the library. */
    public String toJson() {
        StringBuilder weights = new StringBuilder("{");
        new TreeMap<>(classWeights)
                .forEach((code, w) -> weights.append(weights.length() > 1 ? "," : "")
                        .append('"')
                        .append(code)
                        .append("\":")
                        .append(w));
        weights.append('}');
        return String.format(
                Locale.ROOT,
                "{\"algorithm\":\"random-forest\",\"library\":\"smile-core 6.3.0\",\"splitRule\":\"%s\","
                        + "\"trees\":%d,\"mtry\":%d,\"maxDepth\":%d,\"maxNodes\":%d,\"nodeSize\":%d,"
                        + "\"sampleFraction\":%s,\"classWeights\":%s,\"voting\":\"%s\",\"seed\":%d}",
                SPLIT_RULE,
                trees,
                mtry,
                maxDepth,
                maxNodes,
                nodeSize,
                sampleFraction,
                weights,
                voting.name().toLowerCase(Locale.ROOT),
                seed);
    }

    /**
     * Reads {@link #toJson()}'s form; missing members take the defaults (the seed is required).
     *
     * @throws MlopsException naming the member that is wrong
     */
    public static ForestParams fromJson(String json) {
        Map<?, ?> o;
        try {
            o = JsonReader.parse(json) instanceof Map<?, ?> m ? m : null;
        } catch (MalformedJsonException e) {
            throw new MlopsException("forest parameters: " + e.getMessage());
        }
        if (o == null || !(o.get("seed") instanceof Double seed)) {
            throw new MlopsException("forest parameters: expected a JSON object with a numeric seed");
        }
        ForestParams d = defaults(seed.longValue());
        Map<Integer, Double> weights = new TreeMap<>();
        if (o.get("classWeights") instanceof Map<?, ?> w) {
            w.forEach((k, v) -> weights.put(Integer.parseInt(k.toString()), ((Number) v).doubleValue()));
        }
        return new ForestParams(
                num(o, "trees", d.trees()),
                num(o, "mtry", d.mtry()),
                num(o, "maxDepth", d.maxDepth()),
                num(o, "maxNodes", d.maxNodes()),
                num(o, "nodeSize", d.nodeSize()),
                o.get("sampleFraction") instanceof Double f ? f : 1.0,
                weights,
                o.get("voting") instanceof String v ? parseVoting(v) : Voting.HARD,
                parseSeed(json, seed));
    }

    private static Voting parseVoting(String text) {
        try {
            return Voting.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MlopsException("forest parameters: voting '" + text + "' is not hard or soft");
        }
    }

    private static int num(Map<?, ?> o, String key, int fallback) {
        return o.get(key) instanceof Double v ? v.intValue() : fallback;
    }

    /** Seeds are 64-bit; a JSON double loses bits past 2^53, so re-read the digits. */
    private static long parseSeed(String json, double approx) {
        var m = java.util.regex.Pattern.compile("\"seed\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : (long) approx;
    }
}
