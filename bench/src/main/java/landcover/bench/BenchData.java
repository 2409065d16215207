package landcover.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/**
 * Benchmark inputs built from the real Málaga 10 m bands (901 × 381, uint16): large rasters are
 * those bands mirror-tiled (so they carry real texture and noise), each band starting at a
 * different offset; the class raster bins a real NDVI. Deterministic: same inputs every run.
 */
final class BenchData {
    static final List<String> MALAGA = List.of("B02", "B03", "B04", "B08");

    private final List<Raster> sources = new ArrayList<>();

    BenchData(Path sharedData) {
        for (String band : MALAGA) {
            Path file = sharedData.resolve("sentinel2_malaga_greensenti/examples_10m/" + band + "_10m.jp2");
            try (GeoTiffReader reader = GeoTiff.open(file)) {
                sources.add(reader.read());
            }
        }
    }

    /** Finds the shared data folder: $LANDCOVER_SHARED_DATA, ../shared/data next to the checkout, /work/shared/data. */
    static Path sharedData(Path root) {
        String env = System.getenv("LANDCOVER_SHARED_DATA");
        for (Path p : new Path[] {
            env == null ? null : Path.of(env), root.resolve("../shared/data").normalize(), Path.of("/work/shared/data")
        }) {
            if (p != null && Files.isDirectory(p.resolve("sentinel2_malaga_greensenti"))) {
                return p;
            }
        }
        throw new IllegalStateException("shared data not found; set LANDCOVER_SHARED_DATA");
    }

    static GridGeometry grid(int size) {
        return new GridGeometry(new EpsgCode(32630), GeoTransform.northUp(365540, 4066920, 10, 10), size, size);
    }

    /** Plane {@code index}: Málaga band {@code index % 4}, mirror-tiled to size × size from a shifted origin. */
    float[] mirrored(int index, int size) {
        Raster src = sources.get(index % MALAGA.size());
        float[] plane = new float[size * size];
        int w = src.width();
        int h = src.height();
        int dx = 97 * index;
        int dy = 41 * index;
        float[] in = src.band(0);
        for (int r = 0; r < size; r++) {
            int sr = mirror(r + dy, h);
            for (int c = 0; c < size; c++) {
                plane[r * size + c] = in[sr * w + mirror(c + dx, w)];
            }
        }
        return plane;
    }

    private static int mirror(int i, int n) {
        int period = 2 * n;
        int k = i % period;
        return k < n ? k : period - 1 - k;
    }

    Raster uint16Band(int index, int size) {
        return new Raster(
                grid(size),
                DataType.UINT16,
                List.of(MALAGA.get(index % 4) + "_" + index),
                new float[][] {mirrored(index, size)},
                OptionalDouble.empty());
    }

    /** NDVI of the mirror-tiled B04/B08 pair, as float32. */
    Raster ndvi(int size) {
        float[] red = mirrored(2, size);
        float[] nir = mirrored(3, size);
        float[] out = new float[size * size];
        for (int i = 0; i < out.length; i++) {
            float sum = nir[i] + red[i];
            out[i] = sum == 0 ? Float.NaN : (nir[i] - red[i]) / sum;
        }
        return new Raster(
                grid(size), DataType.FLOAT32, List.of("ndvi"), new float[][] {out}, OptionalDouble.of(Double.NaN));
    }

    /** Classes 1-9 from NDVI bins (-1 … 1 in 9 steps), 0 where NDVI is undefined: a class raster's texture. */
    Raster classes(int size) {
        float[] ndvi = ndvi(size).band(0);
        float[] out = new float[ndvi.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.isNaN(ndvi[i]) ? 0 : 1 + Math.min(8, (int) ((ndvi[i] + 1) / 2 * 9));
        }
        return new Raster(grid(size), DataType.UINT8, List.of("class"), new float[][] {out}, OptionalDouble.of(0));
    }
}
