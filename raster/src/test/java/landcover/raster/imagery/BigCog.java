package landcover.raster.imagery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;

/**
 * A Sentinel-2-tile-sized COG (10980 × 10980 UInt16, 10 m, tile 30SUF's grid, 1024-pixel blocks as
 * Earth Search serves them), filled deterministically with a gentle gradient plus noise so it does
 * not compress to nothing. Written once into {@code target/imagery-fixtures}.
 */
public final class BigCog {
    public static final int SIZE = 10980;
    public static final GridGeometry GRID =
            new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(300000, 4100040, 10, 10), SIZE, SIZE);

    private BigCog() {}

    public static synchronized Path file() throws IOException {
        Path file = Path.of("target", "imagery-fixtures", "big-10980.tif").toAbsolutePath();
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        float[] plane = new float[SIZE * SIZE];
        SplittableRandom random = new SplittableRandom(10980);
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                plane[row * SIZE + col] = 1000 + (col + row) / 8 + random.nextInt(256);
            }
        }
        Raster raster = new Raster(GRID, DataType.UINT16, List.of("B04"), new float[][] {plane}, OptionalDouble.of(0));
        CogWriter.write(raster, file, CogOptions.defaults().withBlockSize(1024));
        return file;
    }
}
