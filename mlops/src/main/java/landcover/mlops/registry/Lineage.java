package landcover.mlops.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import landcover.domain.ClassScheme;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelVersion;

/**
 * Everything needed to reproduce and judge a model version: how it was trained, on what, by which
 * code, and how well it did. Immutable once registered.
 *
 * @param hyperparameters training parameters as JSON (e.g. {@code {"trees":300,"mtry":7}})
 * @param metrics evaluation on the holdout as JSON (accuracy, kappa, per-class F1, …)
 * @param features the feature names in the order the model reads them; unique, at least one
 * @param classScheme the classes the model predicts
 * @param trainingSet SHA-256 of the training-set file
 * @param holdout SHA-256 of the frozen holdout file
 * @param imagery the imagery the features came from
 * @param code the code and libraries that trained it
 * @param parent the version of the same line and year this one was derived from, or null
 * @param createdBy who or what created it
 * @param synthetic true when trained on synthetic data: such a model must say so wherever it shows
 * @param description free text, possibly empty
 */
public record Lineage(
        JsonDocument hyperparameters,
        JsonDocument metrics,
        List<String> features,
        ClassScheme classScheme,
        Sha256 trainingSet,
        Sha256 holdout,
        ImagerySource imagery,
        CodeVersion code,
        ModelVersion parent,
        Creator createdBy,
        boolean synthetic,
        String description) {
    public Lineage {
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(metrics, "metrics");
        features = List.copyOf(features);
        if (features.isEmpty() || new HashSet<>(features).size() != features.size()) {
            throw new InvalidValueException("features", "a model needs at least one feature and no duplicates");
        }
        Objects.requireNonNull(classScheme, "classScheme");
        Objects.requireNonNull(trainingSet, "trainingSet");
        Objects.requireNonNull(holdout, "holdout");
        Objects.requireNonNull(imagery, "imagery");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(createdBy, "createdBy");
        description = description == null ? "" : description;
    }

    /**
     * SHA-256 of the feature names joined by {@code \n} (UTF-8): two models read their inputs in
     * the same order exactly when these hashes are equal.
     */
    public Sha256 featureHash() {
        return Sha256.of(String.join("\n", features).getBytes(StandardCharsets.UTF_8));
    }

    /** A builder; {@link Builder#build()} names every required part still missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a {@link Lineage}. Not thread-safe. */
    public static final class Builder {
        private JsonDocument hyperparameters = JsonDocument.EMPTY;
        private JsonDocument metrics = JsonDocument.EMPTY;
        private List<String> features;
        private ClassScheme classScheme = ClassScheme.DEFAULT;
        private Sha256 trainingSet;
        private Sha256 holdout;
        private ImagerySource imagery;
        private CodeVersion code;
        private ModelVersion parent;
        private Creator createdBy;
        private boolean synthetic;
        private String description = "";

        private Builder() {}

        /** Training parameters (default {@code {}}). */
        public Builder hyperparameters(JsonDocument value) {
            hyperparameters = value;
            return this;
        }

        /** Holdout metrics (default {@code {}}). */
        public Builder metrics(JsonDocument value) {
            metrics = value;
            return this;
        }

        /** Feature names in input order (required). */
        public Builder features(List<String> value) {
            features = value;
            return this;
        }

        /** The class scheme (default {@link ClassScheme#DEFAULT}). */
        public Builder classScheme(ClassScheme value) {
            classScheme = value;
            return this;
        }

        /** Training-set and holdout content hashes (required). */
        public Builder data(Sha256 trainingSetHash, Sha256 holdoutHash) {
            trainingSet = trainingSetHash;
            holdout = holdoutHash;
            return this;
        }

        /** Imagery source and item ids (required). */
        public Builder imagery(ImagerySource value) {
            imagery = value;
            return this;
        }

        /** Code version (required). */
        public Builder code(CodeVersion value) {
            code = value;
            return this;
        }

        /** The version this one derives from (default none). */
        public Builder parent(ModelVersion value) {
            parent = value;
            return this;
        }

        /** Who or what created it (required). */
        public Builder createdBy(Creator value) {
            createdBy = value;
            return this;
        }

        /** Whether trained on synthetic data (default false). */
        public Builder synthetic(boolean value) {
            synthetic = value;
            return this;
        }

        /** Free text (default empty). */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * The lineage.
         *
         * @throws IllegalStateException naming the required parts not given
         */
        public Lineage build() {
            List<String> missing = new ArrayList<>();
            check(features, "features", missing);
            check(trainingSet, "training-set hash", missing);
            check(holdout, "holdout hash", missing);
            check(imagery, "imagery", missing);
            check(code, "code version", missing);
            check(createdBy, "createdBy", missing);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("lineage is missing: " + String.join(", ", missing));
            }
            return new Lineage(
                    hyperparameters,
                    metrics,
                    features,
                    classScheme,
                    trainingSet,
                    holdout,
                    imagery,
                    code,
                    parent,
                    createdBy,
                    synthetic,
                    description);
        }

        private static void check(Object value, String name, List<String> missing) {
            if (value == null) {
                missing.add(name);
            }
        }
    }
}
