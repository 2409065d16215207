package landcover.mlops.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import landcover.domain.aoi.Aoi;
import landcover.mlops.MlopsException;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/**
 * A user's multi-band GeoTIFF stack: one or more files on one grid whose bands, in file order, are
 * model features. Band names come from the files (GDAL band descriptions), or for single-band files
 * without a description from the file name ({@code B04_10m.tif} → {@code B04_10m}), or from the
 * caller. Stateless; each read opens and closes the files.
 */
public final class FeatureStack {
    private FeatureStack() {}

    /**
     * Reads the whole stack.
     *
     * @param bandNames names for every band of every file, in order; empty to take them from the files
     * @throws RasterException when a file is unreadable or not georeferenced, or grids differ
     */
    public static Raster read(List<Path> files, Optional<List<String>> bandNames) {
        return read(files, bandNames, null);
    }

    /**
     * Reads the window of the stack covering an AOI; pixels outside the AOI are kept (use {@link
     * #mask}).
     *
     * @throws RasterException also when the AOI does not overlap the stack
     */
    public static Raster read(List<Path> files, Optional<List<String>> bandNames, Aoi aoi) {
        if (files.isEmpty()) {
            throw new MlopsException("no stack files given");
        }
        List<String> names = new ArrayList<>();
        List<float[]> planes = new ArrayList<>();
        GridGeometry grid = null;
        DataType type = DataType.FLOAT32;
        OptionalDouble nodata = OptionalDouble.empty();
        for (Path file : files) {
            try (GeoTiffReader reader = GeoTiff.open(file)) {
                PixelWindow window = aoi == null
                        ? PixelWindow.of(reader.info().width(), reader.info().height())
                        : mask(aoi, fullGrid(reader, file)).window();
                Raster r = reader.read(window, 0);
                if (grid != null && !grid.equals(r.grid())) {
                    throw RasterException.of(file, "its grid " + r.grid() + " differs from the first file's " + grid);
                }
                grid = r.grid();
                type = r.dataType();
                nodata = nodata.isPresent() ? nodata : r.nodata();
                for (int b = 0; b < r.bandCount(); b++) {
                    planes.add(r.band(b));
                    names.add(
                            r.bandCount() == 1 && r.bandNames().get(0).equals("band1")
                                    ? stem(file)
                                    : r.bandNames().get(b));
                }
            }
        }
        List<String> finalNames = bandNames.orElse(names);
        if (finalNames.size() != planes.size()) {
            throw new MlopsException(
                    finalNames.size() + " band names given for " + planes.size() + " bands in " + files);
        }
        return new Raster(grid, type, finalNames, planes.toArray(float[][]::new), nodata);
    }

    /** The mask of an AOI on a raster's grid, for pixels to classify. */
    public static AoiMask mask(Aoi aoi, GridGeometry grid) {
        return AoiRasterizer.rasterize(aoi, grid);
    }

    private static GridGeometry fullGrid(GeoTiffReader reader, Path file) {
        var info = reader.info();
        if (info.geoTransform().isEmpty() || info.gridCrs().isEmpty()) {
            throw RasterException.of(file, "has no georeferencing (geotransform and CRS); cannot place labels or AOIs");
        }
        return new GridGeometry(info.gridCrs().get(), info.geoTransform().get(), info.width(), info.height());
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The stack's bands as a forest's features, matched by name: the planes are the raster's own.
     *
     * @param mask pixels to classify, or null for all
     * @throws MlopsException naming the features the stack lacks
     */
    public static FeaturePlanes planes(Raster stack, FeatureSchema features, boolean[] mask) {
        List<String> missing = new ArrayList<>();
        float[][] planes = new float[features.size()][];
        for (int j = 0; j < features.size(); j++) {
            int band = stack.bandNames().indexOf(features.name(j));
            if (band < 0) {
                missing.add(features.name(j));
            } else {
                planes[j] = stack.band(band);
            }
        }
        if (!missing.isEmpty()) {
            throw new MlopsException("the stack lacks the model's features " + missing + " (stack bands: "
                    + stack.bandNames() + "; name bands with --band-names)");
        }
        return new FeaturePlanes(features, planes, (int) stack.grid().pixelCount(), stack.nodata(), mask);
    }
}
