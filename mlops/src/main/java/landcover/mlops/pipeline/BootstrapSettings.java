package landcover.mlops.pipeline;

import java.util.Objects;
import java.util.function.Consumer;
import landcover.domain.InvalidValueException;
import landcover.mlops.registry.CodeVersion;
import landcover.raster.imagery.sample.SampleRegion;

/**
 * How the embedded bootstrap builds the first models.
 *
 * @param layout where everything goes
 * @param sampleSeed the sample region's seed
 * @param trainingSeed seeds every baseline's split and forest (recorded with each model)
 * @param trees trees per baseline forest, 1-1000
 * @param threads training threads, at least 1
 * @param code the code version recorded in each model's lineage
 * @param progress receives one line per step, for the log
 */
public record BootstrapSettings(
        EmbeddedLayout layout,
        long sampleSeed,
        long trainingSeed,
        int trees,
        int threads,
        CodeVersion code,
        Consumer<String> progress) {
    /** The training seed of the shipped baselines. */
    public static final long DEFAULT_TRAINING_SEED = 42L;

    public BootstrapSettings {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(progress, "progress");
        if (trees < 1 || trees > 1000) {
            throw new InvalidValueException("trees", "must be 1-1000, was " + trees);
        }
        if (threads < 1) {
            throw new InvalidValueException("threads", "must be at least 1, was " + threads);
        }
    }

    /** The shipped sample region and baselines: 100 trees, one training thread per core. */
    public static BootstrapSettings defaults(EmbeddedLayout layout, CodeVersion code, Consumer<String> progress) {
        return new BootstrapSettings(
                layout,
                SampleRegion.DEFAULT_SEED,
                DEFAULT_TRAINING_SEED,
                100,
                Runtime.getRuntime().availableProcessors(),
                code,
                progress);
    }

    /** A copy with another tree count. */
    public BootstrapSettings withTrees(int count) {
        return new BootstrapSettings(layout, sampleSeed, trainingSeed, count, threads, code, progress);
    }
}
