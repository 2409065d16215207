package landcover.mlops.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import landcover.domain.ClassScheme;
import landcover.domain.DomainException;
import landcover.mlops.MlopsException;

/**
 * The files of a trained model, as {@code landcover train} writes them into one directory:
 *
 * <pre>
 * model.lcrf      the compiled forest ({@link ForestFormat}, version 1)
 * scheme.json     the class scheme ({@link ClassScheme#toJson()})
 * params.json     hyperparameters, seed, features and content hashes
 * metrics.json    the holdout evaluation (the JSON {@code landcover train} prints)
 * confusion.csv   confusion matrix, rows = reference, columns = prediction
 * confusion.png   the same, drawn with class names and colours
 * importance.csv  feature,impurity,permutation
 * training.csv    the training samples (SampleTableFormat)
 * holdout.csv     the held-out samples every later version is scored on
 * </pre>
 *
 * Serving needs only {@code model.lcrf} and {@code scheme.json}: {@link #load(Path)}.
 */
public final class ModelDirectory {
    public static final String MODEL = "model.lcrf";
    public static final String SCHEME = "scheme.json";
    public static final String PARAMS = "params.json";
    public static final String METRICS = "metrics.json";
    public static final String CONFUSION_CSV = "confusion.csv";
    public static final String CONFUSION_PNG = "confusion.png";
    public static final String IMPORTANCE = "importance.csv";
    public static final String TRAINING = "training.csv";
    public static final String HOLDOUT = "holdout.csv";

    private ModelDirectory() {}

    /**
     * A model ready to serve.
     *
     * @param forest the compiled forest
     * @param scheme the class scheme; every forest class is one of its classes
     */
    public record ServingModel(CompiledForest forest, ClassScheme scheme) {}

    /**
     * Loads the forest and scheme of a model directory.
     *
     * @throws MlopsException if a file is missing or damaged, or the forest predicts a class the
     *     scheme lacks
     */
    public static ServingModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new MlopsException(dir + ": not a model directory");
        }
        CompiledForest forest;
        try (InputStream in = Files.newInputStream(dir.resolve(MODEL))) {
            forest = ForestFormat.read(in);
        } catch (NoSuchFileException e) {
            throw new MlopsException(dir + ": no " + MODEL + " (not a model directory)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(MODEL), e);
        }
        ClassScheme scheme;
        try {
            scheme = ClassScheme.fromJson(Files.readString(dir.resolve(SCHEME), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new MlopsException(dir + ": no " + SCHEME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(SCHEME), e);
        } catch (DomainException e) {
            throw new MlopsException(dir.resolve(SCHEME) + ": " + e.getMessage());
        }
        for (int code : forest.classCodes()) {
            if (scheme.byCode(code).isEmpty()) {
                throw new MlopsException(dir + ": the model predicts class " + code + " missing from its scheme "
                        + Arrays.toString(forest.classCodes()));
            }
        }
        return new ServingModel(forest, scheme);
    }
}
