package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.train.data.LabelledGeometry;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.RasterSampler;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.SampleTableFormat;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;

/**
 * Samples the champion's features at the new ground truth, the way the baselines were sampled: a
 * point labels its 3×3 neighbourhood (centre first), a polygon up to the configured number of its
 * pixels. Labels are read in chunks of {@value #CHUNK_DEG}° cells so one read never spans more than
 * about 10 km; each label keeps one group id (its position in the run's label list) across chunks.
 * Output: {@code samples.csv} (empty when the run has no new batches).
 */
final class ExtractFeaturesStep implements Step {
    static final String SAMPLES = "samples.csv";
    static final double CHUNK_DEG = 0.1;
    private static final double MARGIN_DEG = 0.0005;

    @Override
    public StepName name() {
        return StepName.EXTRACT_FEATURES;
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> in = new LinkedHashMap<>();
        List<Map<String, Object>> batches = new ArrayList<>();
        for (String id : context.batches()) {
            GroundTruthBatch b = context.services().groundTruth().find(id).orElseThrow();
            batches.add(Map.of("id", id, "sha256", b.sha256().hex()));
        }
        in.put("batches", batches);
        in.put("year", context.run().year().value());
        in.put("features", context.champion().lineage().features());
        in.put("scheme", context.champion().lineage().classScheme().toJson());
        in.put("imagery", context.services().imagery().describe());
        in.put("neighbourhood", true);
        in.put("maxPixelsPerPolygon", context.services().settings().maxPixelsPerPolygon());
        in.put("seed", TrainStep.params(context).seed());
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) {
        List<LabelledGeometry> labels = new ArrayList<>();
        for (String id : context.batches()) {
            for (LabelledGeometry g : context.services().groundTruth().labels(id)) {
                labels.add(new LabelledGeometry(id + "/" + g.id(), g.label(), g.lon(), g.lat(), g.polygon()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels.size());
        if (labels.isEmpty()) {
            context.log("no new ground truth: nothing to sample");
            out.put("rows", 0);
            return out;
        }
        SampleTable.Builder all = SampleTable.builder(
                new FeatureSchema(context.champion().lineage().features()));
        List<String> skipped = new ArrayList<>();
        for (List<Integer> chunk : chunks(labels).values()) {
            sampleChunk(context, labels, chunk, all, skipped);
        }
        SampleTable table = all.build();
        SampleTableFormat.write(table, dir.resolve(SAMPLES));
        context.log(String.format(
                Locale.ROOT,
                "sampled %d rows at %d labels of %d batch(es); %d left out",
                table.size(),
                table.groupCount(),
                context.batches().size(),
                skipped.size()));
        out.put("rows", table.size());
        out.put("groups", table.groupCount());
        out.put("leftOut", skipped.size() > 50 ? skipped.subList(0, 50) : skipped);
        out.put("samplesSha256", Hashes.file(dir.resolve(SAMPLES)));
        return out;
    }

    private static void sampleChunk(
            StepContext context,
            List<LabelledGeometry> labels,
            List<Integer> chunk,
            SampleTable.Builder all,
            List<String> skipped) {
        List<LabelledGeometry> part = chunk.stream().map(labels::get).toList();
        FeatureRead read = context.services()
                .imagery()
                .read(new FeatureRequest(
                        context.run().year(),
                        envelope(part),
                        context.champion().lineage().features()));
        long seed = TrainStep.params(context).seed();
        LabelledSamples samples = RasterSampler.sample(
                read.features(),
                part,
                new RasterSampler.Options(true, context.services().settings().maxPixelsPerPolygon(), seed),
                Optional.of(context.champion().lineage().classScheme()));
        SampleTable t = samples.table();
        for (int r = 0; r < t.size(); r++) {
            all.add(t.row(r), t.classCode(r), chunk.get(t.group(r)), t.weight(r), t.lon(r), t.lat(r));
        }
        skipped.addAll(samples.report().outsideImagery());
        skipped.addAll(samples.report().duplicates());
        context.log("chunk of " + part.size() + " labels: " + samples.report().summary());
    }

    /** Label indices by 0.1° cell of their location (a polygon's first vertex), in label order. */
    private static Map<Long, List<Integer>> chunks(List<LabelledGeometry> labels) {
        Map<Long, List<Integer>> chunks = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            LabelledGeometry g = labels.get(i);
            double lon = g.isPoint() ? g.lon() : g.polygon().bbox().toArray()[0];
            double lat = g.isPoint() ? g.lat() : g.polygon().bbox().toArray()[1];
            long key = (long) Math.floor(lon / CHUNK_DEG) * 10_000L + (long) Math.floor(lat / CHUNK_DEG);
            chunks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return chunks;
    }

    /** A rectangle around the labels, with room for every 3×3 neighbourhood. */
    static Aoi envelope(List<LabelledGeometry> labels) {
        double w = 180;
        double s = 90;
        double e = -180;
        double n = -90;
        for (LabelledGeometry g : labels) {
            double[] box = g.isPoint()
                    ? new double[] {g.lon(), g.lat(), g.lon(), g.lat()}
                    : g.polygon().bbox().toArray();
            w = Math.min(w, box[0]);
            s = Math.min(s, box[1]);
            e = Math.max(e, box[2]);
            n = Math.max(n, box[3]);
        }
        w -= MARGIN_DEG;
        s -= MARGIN_DEG;
        e += MARGIN_DEG;
        n += MARGIN_DEG;
        return Aoi.parse(
                String.format(
                        Locale.ROOT,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                        w,
                        s,
                        e,
                        s,
                        e,
                        n,
                        w,
                        n,
                        w,
                        s),
                AoiLimits.UNLIMITED);
    }
}
