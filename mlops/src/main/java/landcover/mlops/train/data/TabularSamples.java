package landcover.mlops.train.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import landcover.domain.ClassScheme;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;

/**
 * Reads labelled feature tables:
 *
 * <ul>
 *   <li>CSV with a header row: the label column is named; a group column may be named (rows sharing
 *       a value stay on one side of a split; without one, every row is its own group); named columns
 *       may be ignored; every other column is a numeric feature.
 *   <li>The UCI Statlog layout (e.g. {@code sat.trn}): no header, whitespace-separated numbers, the
 *       class code last. Features are named {@code x1 … xN}, the label column {@code class}.
 * </ul>
 *
 * Rows with an empty, {@code NA} or {@code NaN} feature are skipped and reported as nodata.
 */
public final class TabularSamples {
    /** The label column's name in the headerless Statlog layout. */
    public static final String STATLOG_LABEL = "class";

    /**
     * What to read from a table.
     *
     * @param labelColumn the column holding class names or codes
     * @param groupColumn the column holding group ids, if any
     * @param ignoredColumns columns that are neither features nor labels
     */
    public record Options(String labelColumn, Optional<String> groupColumn, Set<String> ignoredColumns) {
        public Options {
            Objects.requireNonNull(labelColumn, "labelColumn");
            Objects.requireNonNull(groupColumn, "groupColumn");
            ignoredColumns = Set.copyOf(ignoredColumns);
        }

        /** Only a label column. */
        public static Options label(String labelColumn) {
            return new Options(labelColumn, Optional.empty(), Set.of());
        }
    }

    private TabularSamples() {}

    /**
     * Reads a table and resolves its labels.
     *
     * @param scheme the class scheme labels must belong to; empty derives one from the labels
     * @throws MlopsException naming the file, line or column that is wrong, or listing unknown classes
     */
    public static LabelledSamples read(Path file, Options options, Optional<ClassScheme> scheme) {
        List<String> lines = readLines(file);
        boolean statlog = !lines.getFirst().contains(",")
                && isNumeric(lines.getFirst().strip().split("\\s+"));
        List<String> header = statlog ? statlogHeader(lines.getFirst()) : Csv.split(lines.getFirst(), ',', file + ":1");
        List<String> rows = statlog ? lines : lines.subList(1, lines.size());
        Layout layout = Layout.of(file, header, options);
        RawRows raw = new RawRows(layout.features());
        for (int i = 0; i < rows.size(); i++) {
            int lineNo = i + (statlog ? 1 : 2);
            if (!rows.get(i).isBlank()) {
                List<String> fields = statlog
                        ? List.of(rows.get(i).strip().split("\\s+"))
                        : Csv.split(rows.get(i), ',', file + ":" + lineNo);
                raw.add(file, lineNo, fields, layout);
            }
        }
        if (raw.size() == 0) {
            throw new MlopsException(file + ": no labelled rows");
        }
        return raw.resolve(
                scheme.orElseGet(() -> DerivedSchemes.fromLabels("derived from " + file.getFileName(), raw.labels)));
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.removeIf(String::isBlank);
            if (lines.isEmpty()) {
                throw new MlopsException(file + ": the file is empty");
            }
            String first = lines.getFirst();
            lines.set(0, first.startsWith("\uFEFF") ? first.substring(1) : first);
            return lines;
        } catch (NoSuchFileException e) {
            throw new MlopsException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isNumeric(String[] tokens) {
        for (String t : tokens) {
            try {
                Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return tokens.length >= 2;
    }

    private static List<String> statlogHeader(String firstLine) {
        int n = firstLine.strip().split("\\s+").length;
        List<String> header = new ArrayList<>(
                IntStream.rangeClosed(1, n - 1).mapToObj(i -> "x" + i).toList());
        header.add(STATLOG_LABEL);
        return header;
    }

    /** Column positions of label, group and features. */
    private record Layout(int width, int label, int group, int[] featureColumns, FeatureSchema features) {
        static Layout of(Path file, List<String> header, Options options) {
            int label = header.indexOf(options.labelColumn());
            if (label < 0) {
                throw new MlopsException(
                        file + ": no label column '" + options.labelColumn() + "' (columns: " + header + ")");
            }
            int group = options.groupColumn().map(header::indexOf).orElse(-1);
            if (options.groupColumn().isPresent() && group < 0) {
                throw new MlopsException(
                        file + ": no group column '" + options.groupColumn().get() + "'");
            }
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (c != label && c != group && !options.ignoredColumns().contains(header.get(c))) {
                    columns.add(c);
                }
            }
            if (columns.isEmpty()) {
                throw new MlopsException(file + ": no feature columns besides the label");
            }
            FeatureSchema features =
                    new FeatureSchema(columns.stream().map(header::get).toList());
            return new Layout(
                    header.size(),
                    label,
                    group,
                    columns.stream().mapToInt(i -> i).toArray(),
                    features);
        }
    }

    /** Rows before their labels are resolved. */
    private static final class RawRows {
        private final FeatureSchema features;
        private final List<float[]> values = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<Integer> groups = new ArrayList<>();
        private final Map<String, Integer> groupIds = new HashMap<>();
        private final List<String> nodata = new ArrayList<>();

        RawRows(FeatureSchema features) {
            this.features = features;
        }

        int size() {
            return values.size();
        }

        void add(Path file, int lineNo, List<String> fields, Layout layout) {
            if (fields.size() != layout.width()) {
                throw new MlopsException(
                        file + ":" + lineNo + ": " + fields.size() + " fields, expected " + layout.width());
            }
            float[] row = new float[layout.featureColumns().length];
            for (int j = 0; j < row.length; j++) {
                String text = fields.get(layout.featureColumns()[j]).strip();
                if (text.isEmpty() || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("NaN")) {
                    nodata.add("line " + lineNo);
                    return;
                }
                try {
                    row[j] = Float.parseFloat(text);
                } catch (NumberFormatException e) {
                    throw new MlopsException(file + ":" + lineNo + ": column '" + features.name(j)
                            + "' is not a number ('" + text + "'); name non-feature columns to ignore");
                }
            }
            values.add(row);
            labels.add(fields.get(layout.label()).strip());
            String group = layout.group() >= 0 ? fields.get(layout.group()).strip() : "#" + lineNo;
            groups.add(groupIds.computeIfAbsent(group, g -> groupIds.size()));
        }

        LabelledSamples resolve(ClassScheme scheme) {
            SampleTable.Builder table = SampleTable.builder(features);
            Map<String, Integer> unknown = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                Integer code = Labels.code(scheme, labels.get(i));
                if (code == null) {
                    unknown.merge(labels.get(i), 1, Integer::sum);
                } else {
                    table.add(values.get(i), code, groups.get(i), 1f, Double.NaN, Double.NaN);
                }
            }
            LabelReport report = new LabelReport(table.size(), unknown, List.of(), nodata, List.of());
            Labels.failOnUnknown(scheme, report);
            return new LabelledSamples(table.build(), scheme, report);
        }
    }
}
