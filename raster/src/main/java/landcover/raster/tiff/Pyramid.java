package landcover.raster.tiff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import landcover.raster.DataType;

/**
 * The levels of a COG: the full-resolution planes, then overviews halving (rounding up) until both
 * sides fit in one tile. Each overview is computed from the level before it.
 */
final class Pyramid {
    /** One level: its size and one plane per band. */
    record Level(int width, int height, float[][] planes) {}

    private Pyramid() {}

    static List<Level> build(
            Level full,
            int blockSize,
            Resampling resampling,
            DataType type,
            double nodata,
            Executor executor,
            int parallelism) {
        List<Level> levels = new ArrayList<>(List.of(full));
        Level last = full;
        while (resampling != null && (last.width() > blockSize || last.height() > blockSize)) {
            Level source = last;
            int w = (source.width() + 1) / 2;
            int h = (source.height() + 1) / 2;
            float[][] planes = new float[source.planes().length][w * h];
            List<Runnable> tasks = new ArrayList<>();
            for (int b = 0; b < planes.length; b++) {
                int band = b;
                tasks.add(() -> halve(source, band, planes[band], resampling, type, nodata));
            }
            Parallel.run(tasks, executor, parallelism);
            last = new Level(w, h, planes);
            levels.add(last);
        }
        return levels;
    }

    private static void halve(Level src, int band, float[] dst, Resampling resampling, DataType type, double nodata) {
        float[] in = src.planes()[band];
        int w = (src.width() + 1) / 2;
        int h = (src.height() + 1) / 2;
        float[] block = new float[4];
        float fill = Double.isNaN(nodata) ? Float.NaN : (float) nodata;
        for (int r = 0; r < h; r++) {
            int r0 = 2 * r;
            int rows = Math.min(2, src.height() - r0);
            for (int c = 0; c < w; c++) {
                int c0 = 2 * c;
                int cols = Math.min(2, src.width() - c0);
                int n = 0;
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < cols; x++) {
                        float v = in[(r0 + y) * src.width() + c0 + x];
                        if (resampling == Resampling.NEAREST || isValid(v, nodata)) {
                            block[n++] = v;
                        }
                    }
                }
                dst[r * w + c] = n == 0 ? fill : combine(block, n, resampling, type);
            }
        }
    }

    private static boolean isValid(float v, double nodata) {
        return v == v && v != nodata;
    }

    private static float combine(float[] v, int n, Resampling resampling, DataType type) {
        return switch (resampling) {
            case NEAREST -> v[0];
            case MODE -> mode(v, n);
            case AVERAGE -> average(v, n, type);
        };
    }

    private static float mode(float[] v, int n) {
        float best = v[0];
        int bestCount = 0;
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++) {
                count += v[j] == v[i] ? 1 : 0;
            }
            if (count > bestCount) {
                best = v[i];
                bestCount = count;
            }
        }
        return best;
    }

    private static float average(float[] v, int n, DataType type) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i];
        }
        double mean = sum / n;
        if (type == DataType.FLOAT32) {
            return (float) mean;
        }
        return (float) Math.min(type.max(), Math.max(type.min(), Math.floor(mean + 0.5)));
    }
}
