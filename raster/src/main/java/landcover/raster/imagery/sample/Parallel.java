package landcover.raster.imagery.sample;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Row-parallel loops for the generator. Every row's values are a pure function of their inputs, so
 * the output is the same whatever the thread count or scheduling.
 */
final class Parallel {
    private Parallel() {}

    /** Runs {@code body} for rows 0 to {@code rows - 1} on the common pool. */
    static void rows(int rows, IntConsumer body) {
        IntStream.range(0, rows).parallel().forEach(body);
    }
}
