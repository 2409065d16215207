package landcover.mlops.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.pipeline.policy.McNemarTest;
import landcover.mlops.pipeline.policy.MetricSet;
import landcover.mlops.train.Evaluation;
import landcover.mlops.train.ForestEvaluator;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.SampleTableFormat;

/**
 * Scores champion and challenger on the same holdout rows — the frozen holdout first, then the new
 * locations — and keeps the paired predictions ({@code predictions.csv}: row, reference, champion,
 * challenger) as the evidence the decision is computed from. Also reports both models on the frozen
 * and the new part separately.
 */
final class EvaluateStep implements Step {
    static final String PREDICTIONS = "predictions.csv";

    /** The paired predictions of the holdout rows. */
    record Paired(int[] reference, int[] champion, int[] challenger, int frozenRows) {
        int[] codes() {
            TreeSet<Integer> all = new TreeSet<>();
            for (int[] a : new int[][] {reference, champion, challenger}) {
                Arrays.stream(a).forEach(all::add);
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }

        Evaluation champion(int from, int to) {
            return Evaluation.of(
                    codes(), Arrays.copyOfRange(reference, from, to), Arrays.copyOfRange(champion, from, to));
        }

        Evaluation challenger(int from, int to) {
            return Evaluation.of(
                    codes(), Arrays.copyOfRange(reference, from, to), Arrays.copyOfRange(challenger, from, to));
        }

        McNemarTest mcnemar() {
            return McNemarTest.of(reference, champion, challenger);
        }
    }

    @Override
    public StepName name() {
        return StepName.EVALUATE;
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put(
                "champion",
                context.champion()
                        .artifact(ModelDirectory.MODEL)
                        .orElseThrow()
                        .sha256()
                        .hex());
        in.put("challenger", context.outputs(StepName.TRAIN).get("modelSha256"));
        in.put("holdout", context.outputs(StepName.SPLIT).get("holdoutSha256"));
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) throws IOException {
        CompiledForest champion;
        try (InputStream in =
                context.services().registry().openArtifact(context.champion().id(), ModelDirectory.MODEL)) {
            champion = ForestFormat.read(in);
        }
        CompiledForest challenger;
        Path model = context.dir(StepName.TRAIN).resolve(TrainStep.MODEL_DIR);
        try (InputStream in = Files.newInputStream(model.resolve(ModelDirectory.MODEL))) {
            challenger = ForestFormat.read(in);
        }
        SampleTable holdout = SampleTableFormat.read(context.dir(StepName.SPLIT).resolve(SplitStep.HOLDOUT));
        int frozen = ((Number) context.outputs(StepName.SPLIT).get("frozenHoldoutRows")).intValue();
        Paired paired =
                new Paired(holdout.classCodes(), predict(champion, holdout), predict(challenger, holdout), frozen);
        write(paired, dir.resolve(PREDICTIONS));
        Map<String, Object> out = summary(paired, holdout.size());
        context.log("evaluate: " + out.get("mcnemar"));
        return out;
    }

    static Map<String, Object> summary(Paired p, int rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("champion", MetricSet.of(p.champion(0, rows)).toMap());
        out.put("challenger", MetricSet.of(p.challenger(0, rows)).toMap());
        McNemarTest t = p.mcnemar();
        out.put(
                "mcnemar",
                String.format(
                        Locale.ROOT,
                        "b=%d c=%d statistic=%.4f p=%.4g (%s)",
                        t.b(),
                        t.c(),
                        t.statistic(),
                        t.pValue(),
                        t.method()));
        out.put("frozenPart", part(p, 0, p.frozenRows()));
        out.put("newPart", part(p, p.frozenRows(), rows));
        return out;
    }

    private static Map<String, Object> part(Paired p, int from, int to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", to - from);
        if (to > from) {
            m.put("championAccuracy", p.champion(from, to).overallAccuracy());
            m.put("challengerAccuracy", p.challenger(from, to).overallAccuracy());
        }
        return m;
    }

    private static int[] predict(CompiledForest forest, SampleTable table) {
        SampleTable aligned = table.features().equals(forest.features()) ? table : table.select(forest.features());
        return ForestEvaluator.predict(forest, aligned.values(), aligned.size());
    }

    private static void write(Paired p, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("row,reference,champion,challenger,part\n");
        for (int i = 0; i < p.reference().length; i++) {
            csv.append(i)
                    .append(',')
                    .append(p.reference()[i])
                    .append(',')
                    .append(p.champion()[i])
                    .append(',')
                    .append(p.challenger()[i])
                    .append(',')
                    .append(i < p.frozenRows() ? "frozen" : "new")
                    .append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** Reads the paired predictions of an evaluate step's directory. */
    static Paired read(Path dir) {
        try {
            var lines = Files.readAllLines(dir.resolve(PREDICTIONS), StandardCharsets.UTF_8);
            int n = lines.size() - 1;
            int[] ref = new int[n];
            int[] champ = new int[n];
            int[] chall = new int[n];
            int frozen = 0;
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i + 1).split(",");
                ref[i] = Integer.parseInt(f[1]);
                champ[i] = Integer.parseInt(f[2]);
                chall[i] = Integer.parseInt(f[3]);
                frozen += "frozen".equals(f[4]) ? 1 : 0;
            }
            return new Paired(ref, champ, chall, frozen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the paired predictions in " + dir, e);
        }
    }
}
