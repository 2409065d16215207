package landcover.mlops.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.train.data.SampleTableFormat;

/**
 * Writes a {@link TrainingResult} as a model directory (layout in {@link ModelDirectory}). All files
 * are written into a temporary sibling directory that is then renamed into place, so a crash never
 * leaves a half-written model.
 */
public final class ModelDirectoryWriter {
    private ModelDirectoryWriter() {}

    /**
     * Writes the directory and returns the metrics JSON (one line) it wrote to {@code metrics.json}.
     *
     * @throws MlopsException if {@code dir} exists and is not empty
     */
    public static String write(TrainingResult result, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(target) && isEmpty(target)) {
                Files.delete(target);
            } else if (Files.exists(target)) {
                throw new MlopsException(dir + ": output directory exists and is not empty");
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
            // Temporary directories are created owner-only; a model directory is ordinary output.
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(
                        temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            try {
                String metrics = writeFiles(result, temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return metrics;
            } finally {
                deleteRecursively(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model directory " + dir, e);
        }
    }

    private static String writeFiles(TrainingResult r, Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(ModelDirectory.MODEL))) {
            ForestFormat.write(r.compiled(), out);
        }
        SampleTableFormat.write(r.training(), dir.resolve(ModelDirectory.TRAINING));
        SampleTableFormat.write(r.holdout(), dir.resolve(ModelDirectory.HOLDOUT));
        Files.writeString(dir.resolve(ModelDirectory.SCHEME), r.scheme().toJson() + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ModelDirectory.PARAMS), TrainingJson.params(r) + "\n", StandardCharsets.UTF_8);
        String metrics = TrainingJson.metrics(r);
        Files.writeString(dir.resolve(ModelDirectory.METRICS), metrics + "\n", StandardCharsets.UTF_8);
        ConfusionMatrixReports.writeCsv(r.evaluation().matrix(), r.scheme(), dir.resolve(ModelDirectory.CONFUSION_CSV));
        ConfusionMatrixReports.writePng(r.evaluation(), r.scheme(), dir.resolve(ModelDirectory.CONFUSION_PNG));
        StringBuilder importance = new StringBuilder("feature,impurity,permutation\n");
        for (int j = 0; j < r.impurityImportance().size(); j++) {
            importance.append(String.format(
                    Locale.ROOT,
                    "%s,%.6f,%.6f%n",
                    r.impurityImportance().get(j).feature(),
                    r.impurityImportance().get(j).score(),
                    r.permutationImportance().get(j).score()));
        }
        Files.writeString(dir.resolve(ModelDirectory.IMPORTANCE), importance, StandardCharsets.UTF_8);
        return metrics;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
