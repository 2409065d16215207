package landcover.mlops.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One retraining step. Cacheable steps write files into the directory they are given and return
 * their outputs; the runner stores both under the step's cache key, so an identical step later (a
 * resumed run, a repeated run) reuses them. Steps with effects outside the cache (registration,
 * alias moves) are not cacheable and must be idempotent instead.
 */
interface Step {
    /** Which step. */
    StepName name();

    /** The input hashes and parameters the step's result depends on (JSON-ready). */
    Map<String, Object> inputs(StepContext context);

    /** True when its result lives in files under its cache key. */
    default boolean cacheable() {
        return true;
    }

    /**
     * Runs the step.
     *
     * @param dir the directory to write files into (cacheable steps), else null
     * @return the outputs (JSON-ready)
     */
    Map<String, Object> run(StepContext context, Path dir) throws IOException;
}
