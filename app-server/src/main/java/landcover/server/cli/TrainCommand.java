package landcover.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import landcover.domain.ClassScheme;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.ModelDirectoryWriter;
import landcover.mlops.train.TrainingOp;
import landcover.mlops.train.TrainingRequest;
import landcover.mlops.train.TrainingResult;
import landcover.mlops.train.Voting;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.RasterSampler;
import landcover.mlops.train.data.TabularSamples;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover train}: trains and evaluates a random forest from a feature table ({@code --csv})
 * or from a GeoTIFF stack and labelled geometries ({@code --stack}), writes the model directory and
 * prints the holdout metrics as one JSON line.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "train",
        description = {
            "Train a random forest and score it on a grouped holdout (or --test).",
            "Tabular:  train --csv TRAIN.csv --label-column NAME [--test TEST.csv] --out DIR",
            "Imagery:  train --stack FILE[,FILE…] --labels FILE --label-field NAME --out DIR",
            "Prints one JSON line of metrics (overallAccuracy, kappa, macroF1, per class) and writes",
            "model.lcrf, scheme.json, params.json, metrics.json, confusion.csv/.png, importance.csv,",
            "training.csv and holdout.csv into DIR (which must not exist or be empty)."
        })
final class TrainCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(
                names = "--csv",
                paramLabel = "FILE",
                description = "Feature table: CSV with a header, or UCI Statlog layout.")
        Path csv;

        @Option(names = "--stack", paramLabel = "FILE", split = ",", description = "Multi-band GeoTIFF(s) of features.")
        List<Path> stack;
    }

    @Option(
            names = "--label-column",
            paramLabel = "NAME",
            description = "Label column of --csv ('class' for Statlog files).")
    String labelColumn;

    @Option(
            names = "--group-column",
            paramLabel = "NAME",
            description = "Column of --csv whose rows stay together in splits.")
    String groupColumn;

    @Option(
            names = "--ignore-columns",
            paramLabel = "NAME",
            split = ",",
            description = "Columns of --csv that are not features.")
    Set<String> ignoredColumns = Set.of();

    @Option(
            names = "--test",
            paramLabel = "FILE",
            description = "Separate test table; without it a grouped holdout is split off.")
    Path test;

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            description = "GeoJSON points/polygons or CSV lon,lat,class (with --stack).")
    Path labels;

    @Option(names = "--label-field", paramLabel = "NAME", description = "Class property of --labels features.")
    String labelField;

    @Option(
            names = "--scheme",
            paramLabel = "FILE",
            description = "Class scheme JSON; default: derived from the labels.")
    Path scheme;

    @Option(
            names = "--band-names",
            paramLabel = "NAME",
            split = ",",
            description = "Feature names of the --stack bands, in order.")
    List<String> bandNames;

    @Option(
            names = "--neighbourhood",
            description = "Each labelled point labels its 3×3 pixels (held out: the centre).")
    boolean neighbourhood;

    @Option(
            names = "--max-polygon-pixels",
            defaultValue = "100",
            description = "Pixels drawn per polygon (default ${DEFAULT-VALUE}).")
    int maxPolygonPixels;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model directory to create.")
    Path out;

    @Option(names = "--trees", defaultValue = "100", description = "Trees (default ${DEFAULT-VALUE}).")
    int trees;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of split, bootstrap and features (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--holdout",
            defaultValue = "0.15",
            description = "Share of locations held out (default ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--mtry", defaultValue = "0", description = "Features per split; 0 = √features.")
    int mtry;

    @Option(names = "--max-depth", defaultValue = "0", description = "Maximum tree depth; 0 = unlimited.")
    int maxDepth;

    @Option(
            names = "--min-leaf",
            defaultValue = "1",
            description = "Minimum samples per leaf (default ${DEFAULT-VALUE}).")
    int minLeaf;

    @Option(
            names = "--voting",
            defaultValue = "HARD",
            description = "HARD (vote shares) or SOFT (smoothed leaf frequencies).")
    Voting voting;

    @Option(names = "--threads", defaultValue = "0", description = "Training threads; 0 = all cores.")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<ClassScheme> given =
                Optional.ofNullable(scheme).map(f -> ClassScheme.fromJson(InputFiles.readText(f)));
        LabelledSamples samples;
        Optional<LabelledSamples> testSamples = Optional.empty();
        GroupedSplit.HoldoutRows rows = GroupedSplit.HoldoutRows.ALL;
        if (source.csv != null) {
            TabularSamples.Options options = tableOptions();
            samples = TabularSamples.read(source.csv, options, given);
            if (test != null) {
                testSamples = Optional.of(TabularSamples.read(test, options, Optional.of(samples.scheme())));
            }
        } else {
            if (maxPolygonPixels < 1) {
                throw new BadInputException("--max-polygon-pixels must be at least 1");
            }
            var sampling = new RasterSampler.Options(neighbourhood, maxPolygonPixels, seed);
            ImageryTraining imagery = ImageryTraining.read(
                    source.stack, Optional.ofNullable(bandNames), labels, labelField, sampling, given);
            samples = imagery.samples();
            rows = imagery.holdoutRows();
        }
        if (samples.report().hasProblems()) {
            spec.commandLine().getErr().println("landcover: " + samples.report().summary());
        }
        TrainingResult result =
                TrainingOp.run(new TrainingRequest(samples, testSamples, holdout, rows, params(), threadCount()));
        String metrics = ModelDirectoryWriter.write(result, out);
        spec.commandLine().getOut().println(metrics);
        return ExitCodes.OK;
    }

    private TabularSamples.Options tableOptions() {
        if (labelColumn == null) {
            throw new BadInputException("--csv needs --label-column (use 'class' for Statlog-layout files)");
        }
        return new TabularSamples.Options(labelColumn, Optional.ofNullable(groupColumn), ignoredColumns);
    }

    private ForestParams params() {
        return new ForestParams(trees, mtry, maxDepth, 0, minLeaf, 1.0, Map.of(), voting, seed);
    }

    private int threadCount() {
        if (threads < 0) {
            throw new BadInputException("--threads must be 0 (all cores) or more, was " + threads);
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
