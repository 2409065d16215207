package landcover.raster.tiff;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;

/** Synthetic rasters for codec tests, generated from explicit seeds; never presented as real data. */
final class Synthetic {
    private Synthetic() {}

    /** A 10 m grid in UTM 30N at the Málaga example's origin. */
    static GridGeometry grid(int width, int height) {
        return new GridGeometry(new EpsgCode(32630), GeoTransform.northUp(365540, 4066920, 10, 10), width, height);
    }

    /**
     * Samples covering a type's extremes and specials: min, max, 0, and for floats NaN, ±infinity,
     * -0.0, the smallest subnormal; the rest random over the whole range.
     */
    static Raster extremes(DataType type, int width, int height, int bands, long seed, OptionalDouble nodata) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] planes = new float[bands][width * height];
        float[] specials = type == DataType.FLOAT32
                ? new float[] {
                    Float.NaN,
                    Float.POSITIVE_INFINITY,
                    Float.NEGATIVE_INFINITY,
                    -0.0f,
                    Float.MIN_VALUE,
                    Float.MAX_VALUE,
                    -Float.MAX_VALUE,
                    0
                }
                : new float[] {(float) type.min(), (float) type.max(), 0};
        for (float[] plane : planes) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = i < specials.length ? specials[i] : value(type, random);
            }
        }
        return new Raster(grid(width, height), type, GeoTiffInfo.defaultBandNames(bands), planes, nodata);
    }

    private static float value(DataType type, SplittableRandom random) {
        return switch (type) {
            case FLOAT32 ->
                random.nextBoolean() ? Float.intBitsToFloat(random.nextInt()) : (float) (random.nextGaussian() * 1000);
            default -> (float) random.nextInt((int) type.min(), (int) type.max() + 1);
        };
    }

    /** Smooth reflectance-like UINT16 values (0-10000) with a little noise: compresses like imagery. */
    static float[] reflectance(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] plane = new float[width * height];
        double fx = 0.01 + random.nextDouble() * 0.02;
        double fy = 0.01 + random.nextDouble() * 0.02;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double v = 3000 + 2000 * Math.sin(c * fx) * Math.cos(r * fy) + random.nextInt(200);
                plane[r * width + c] = (float) Math.floor(v);
            }
        }
        return plane;
    }

    static Raster bands(DataType type, List<float[]> planes, int width, int height) {
        return new Raster(
                grid(width, height),
                type,
                GeoTiffInfo.defaultBandNames(planes.size()),
                planes.toArray(float[][]::new),
                OptionalDouble.empty());
    }
}
