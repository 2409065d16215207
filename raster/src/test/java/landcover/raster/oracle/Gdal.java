package landcover.raster.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.testing.ExternalTool;

/**
 * GDAL as the test oracle: runs {@code gdaltransform} and Debian's {@code /usr/bin/python3} with
 * osgeo to read rasters, so expected values never come from the code under test.
 */
public final class Gdal {
    private static final String PYTHON = "/usr/bin/python3";

    /** Python: prints a dataset's grid and dumps its bands as little-endian float32. */
    private static final String DUMP = """
            import sys, numpy as np
            from osgeo import gdal, osr
            gdal.UseExceptions()
            def dump(ds, path):
                srs = osr.SpatialReference(wkt=ds.GetProjection())
                srs.AutoIdentifyEPSG()
                code = srs.GetAuthorityCode(None) or '0'
                nodata = ds.GetRasterBand(1).GetNoDataValue()
                gt = ds.GetGeoTransform()
                print(code, ds.RasterXSize, ds.RasterYSize, ds.RasterCount,
                      'none' if nodata is None else repr(nodata), *[repr(v) for v in gt])
                with open(path, 'wb') as f:
                    for b in range(1, ds.RasterCount + 1):
                        f.write(ds.GetRasterBand(b).ReadAsArray().astype('<f4').tobytes())
            """;

    private static final String READ_SCRIPT =
            DUMP + "for i in range(1, len(sys.argv), 2):\n    dump(gdal.Open(sys.argv[i]), sys.argv[i + 1])\n";

    private static final String WARP_SCRIPT = DUMP + """
            out, code, w, h, alg, nodata = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
            gt = [float(v) for v in sys.argv[7:13]]
            sources = sys.argv[13:]
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(code)
            bounds = [gt[0], gt[3] + h * gt[5], gt[0] + w * gt[1], gt[3]]
            extra = {} if nodata == 'none' else {'srcNodata': float(nodata), 'dstNodata': float(nodata)}
            ds = gdal.Warp('', sources, format='MEM', outputBounds=bounds, width=w, height=h,
                           dstSRS=srs.ExportToWkt(), resampleAlg=alg, errorThreshold=0,
                           outputType=gdal.GDT_Float32, **extra)
            dump(ds, out)
            """;

    private static final String WRITE_SCRIPT = """
            import sys, numpy as np
            from osgeo import gdal, osr
            gdal.UseExceptions()
            for k in range(1, len(sys.argv), 14):
                out, data, code, w, h, n, dtype, nodata = sys.argv[k:k + 8]
                w, h, n = int(w), int(h), int(n)
                gt = [float(v) for v in sys.argv[k + 8:k + 14]]
                planes = np.fromfile(data, '<f4').reshape(n, h, w)
                ds = gdal.GetDriverByName('GTiff').Create(out, w, h, n, gdal.GetDataTypeByName(dtype))
                ds.SetGeoTransform(gt)
                srs = osr.SpatialReference()
                srs.ImportFromEPSG(int(code))
                ds.SetProjection(srs.ExportToWkt())
                for b in range(n):
                    band = ds.GetRasterBand(b + 1)
                    if nodata != 'none':
                        band.SetNoDataValue(float(nodata))
                    band.WriteArray(planes[b])
                ds = None
            """;

    private static volatile boolean pythonChecked;

    private Gdal() {}

    private static void requirePython() {
        if (!pythonChecked) {
            ExternalTool.requirePythonModule("osgeo.gdal");
            pythonChecked = true;
        }
    }

    /** Reads every band of a GDAL-readable raster as float planes on its grid. */
    public static Raster read(Path file) {
        return readAll(List.of(file)).getFirst();
    }

    /**
     * Reads a raster whose CRS has no EPSG code (e.g. a custom GRS80 UTM definition), labelling
     * its grid with {@code crs}.
     */
    public static Raster readAssuming(Path file, EpsgCode crs) {
        return read(file, crs);
    }

    private static Raster read(Path file, EpsgCode fallback) {
        Path data = tempFile(".f32");
        try {
            String header =
                    python(READ_SCRIPT, file.toString(), data.toString()).strip();
            if (header.startsWith("0 ")) {
                header = fallback.code() + header.substring(1);
            }
            return parseDump(header, data);
        } finally {
            delete(data);
        }
    }

    /** Runs gdaldem (Horn, no edges) slope and aspect with -zero_for_flat; returns {slope, aspect}. */
    public static float[][] gdaldem(Path dem) {
        Path data = tempFile(".f32");
        try {
            String[] size =
                    python(DEM_SCRIPT, dem.toString(), data.toString()).strip().split(" ");
            return planes(data, 2, Integer.parseInt(size[0]) * Integer.parseInt(size[1]));
        } finally {
            delete(data);
        }
    }

    private static final String DEM_SCRIPT = """
            import sys, numpy as np
            from osgeo import gdal
            gdal.UseExceptions()
            s = gdal.DEMProcessing('', sys.argv[1], 'slope', format='MEM', computeEdges=False)
            a = gdal.DEMProcessing('', sys.argv[1], 'aspect', format='MEM', computeEdges=False, zeroForFlat=True)
            np.stack([s.ReadAsArray(), a.ReadAsArray()]).astype('<f4').tofile(sys.argv[2])
            print(s.RasterXSize, s.RasterYSize)
            """;

    /** Reads several rasters in one Python process (each started process costs ~0.5 s). */
    public static List<Raster> readAll(List<Path> files) {
        List<Path> data = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (Path file : files) {
            data.add(tempFile(".f32"));
            args.add(file.toString());
            args.add(data.getLast().toString());
        }
        try {
            List<String> headers =
                    python(READ_SCRIPT, args.toArray(String[]::new)).lines().toList();
            List<Raster> rasters = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                rasters.add(parseDump(headers.get(i), data.get(i)));
            }
            return rasters;
        } finally {
            data.forEach(Gdal::delete);
        }
    }

    /**
     * Warps sources onto {@code grid} with GDAL ({@code gdal.Warp}, exact transforms: error
     * threshold 0; later sources overwrite earlier ones, as gdalwarp does) as float32.
     *
     * @param resampling GDAL's name: near, bilinear, …
     * @param nodata source and destination nodata, or null
     */
    public static Raster warp(List<Path> sources, GridGeometry grid, String resampling, Double nodata) {
        Path data = tempFile(".f32");
        try {
            List<String> args = new ArrayList<>(List.of(
                    data.toString(),
                    Integer.toString(grid.crs().code()),
                    Integer.toString(grid.width()),
                    Integer.toString(grid.height()),
                    resampling,
                    nodata == null ? "none" : nodata.toString()));
            for (double v : grid.transform().toGdal()) {
                args.add(Double.toString(v));
            }
            sources.forEach(p -> args.add(p.toString()));
            return parseDump(python(WARP_SCRIPT, args.toArray(String[]::new)), data);
        } finally {
            delete(data);
        }
    }

    /** Writes a raster as a GeoTIFF with GDAL (stored as its data type, nodata tagged when set). */
    public static void write(Raster raster, Path file) {
        writeAll(java.util.Map.of(file, raster));
    }

    /** Writes several rasters as GeoTIFFs in one Python process. */
    public static void writeAll(java.util.Map<Path, Raster> rasters) {
        List<Path> data = new ArrayList<>();
        List<String> args = new ArrayList<>();
        try {
            for (var entry : rasters.entrySet()) {
                data.add(tempFile(".f32"));
                Files.write(data.getLast(), littleEndian(entry.getValue()));
                args.addAll(writeArgs(entry.getValue(), entry.getKey(), data.getLast()));
            }
            python(WRITE_SCRIPT, args.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            data.forEach(Gdal::delete);
        }
    }

    private static byte[] littleEndian(Raster raster) {
        ByteBuffer bytes = ByteBuffer.allocate(
                        4 * raster.bandCount() * (int) raster.grid().pixelCount())
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int b = 0; b < raster.bandCount(); b++) {
            bytes.asFloatBuffer().put(raster.band(b));
            bytes.position(bytes.position() + 4 * raster.band(b).length);
        }
        return bytes.array();
    }

    private static List<String> writeArgs(Raster raster, Path file, Path data) {
        GridGeometry grid = raster.grid();
        List<String> args = new ArrayList<>(List.of(
                file.toString(),
                data.toString(),
                Integer.toString(grid.crs().code()),
                Integer.toString(grid.width()),
                Integer.toString(grid.height()),
                Integer.toString(raster.bandCount()),
                raster.dataType().gdalName(),
                raster.nodata().isPresent() ? Double.toString(raster.nodata().getAsDouble()) : "none"));
        for (double v : grid.transform().toGdal()) {
            args.add(Double.toString(v));
        }
        return args;
    }

    private static Raster parseDump(String output, Path data) {
        String header = output.strip();
        String[] f = header.split(" ");
        int width = Integer.parseInt(f[1]);
        int height = Integer.parseInt(f[2]);
        int count = Integer.parseInt(f[3]);
        OptionalDouble nodata =
                f[4].equals("none") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(f[4]));
        double[] gt = new double[6];
        for (int i = 0; i < 6; i++) {
            gt[i] = Double.parseDouble(f[5 + i]);
        }
        GridGeometry grid =
                new GridGeometry(new EpsgCode(Integer.parseInt(f[0])), GeoTransform.fromGdal(gt), width, height);
        return new Raster(grid, DataType.FLOAT32, bandNames(count), planes(data, count, width * height), nodata);
    }

    private static List<String> bandNames(int count) {
        List<String> names = new ArrayList<>();
        for (int b = 1; b <= count; b++) {
            names.add("band" + b);
        }
        return names;
    }

    private static float[][] planes(Path data, int count, int pixels) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(data)).order(ByteOrder.LITTLE_ENDIAN);
            float[][] planes = new float[count][pixels];
            for (float[] plane : planes) {
                bytes.asFloatBuffer().get(plane);
                bytes.position(bytes.position() + pixels * 4);
            }
            return planes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a Python script with {@code /usr/bin/python3} (numpy and osgeo available) and returns
     * its standard output.
     */
    public static String python(String script, String... args) {
        requirePython();
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c", script));
        command.addAll(List.of(args));
        return ExternalTool.check(command);
    }

    /**
     * Transforms points with {@code gdaltransform} (geographic CRSs in longitude/latitude order, as
     * GDAL's command-line tools use them). Returns {@code {xs, ys}}.
     */
    public static double[][] transform(EpsgCode source, EpsgCode target, double[] xs, double[] ys) {
        ExternalTool.require("gdaltransform");
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            input.append(String.format(Locale.ROOT, "%.12f %.12f%n", xs[i], ys[i]));
        }
        Path in = tempFile(".txt");
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(
                            "gdaltransform", "-s_srs", source.toString(), "-t_srs", target.toString(), "-output_xy")
                    .redirectInput(in.toFile());
            ExternalTool.Result result = ExternalTool.run(builder);
            if (result.exitCode() != 0) {
                throw new AssertionError("gdaltransform failed: " + result.stderr());
            }
            return parsePairs(result.stdout(), xs.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(in);
        }
    }

    private static double[][] parsePairs(String text, int count) {
        List<String> lines = text.lines().toList();
        if (lines.size() != count) {
            throw new AssertionError("gdaltransform printed " + lines.size() + " lines for " + count + " points");
        }
        double[][] out = new double[2][count];
        for (int i = 0; i < count; i++) {
            String[] f = lines.get(i).strip().split("\\s+");
            out[0][i] = Double.parseDouble(f[0]);
            out[1][i] = Double.parseDouble(f[1]);
        }
        return out;
    }

    private static final String RASTERIZE_SCRIPT = """
            import sys
            from osgeo import gdal, osr
            gdal.UseExceptions()
            vector, out, code, w, h, step = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
            if step > 0:
                gdal.VectorTranslate('/vsimem/dense.geojson', vector, options=['-f', 'GeoJSON', '-segmentize', str(step)])
                vector = '/vsimem/dense.geojson'
            ds = gdal.GetDriverByName('MEM').Create('', w, h, 1, gdal.GDT_Byte)
            ds.SetGeoTransform([float(v) for v in sys.argv[7:13]])
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(code)
            ds.SetProjection(srs.ExportToWkt())
            gdal.Rasterize(ds, vector, burnValues=[1])
            open(out, 'wb').write(ds.ReadAsArray().tobytes())
            """;

    /**
     * Burns a vector file into a Byte raster on {@code grid} with GDAL's rasterizer ({@code
     * gdal.Rasterize}, what gdal_rasterize runs; default rule: pixel centres inside; GDAL
     * reprojects the features to the grid's CRS) and returns the row-major 0/1 samples of the whole
     * grid.
     *
     * @param segmentizeDegrees when positive, the features are first densified in lon/lat so no
     *     segment is longer than this ({@code ogr2ogr -segmentize})
     */
    public static byte[] rasterize(Path vector, GridGeometry grid, double segmentizeDegrees) {
        Path out = tempFile(".bin");
        try {
            List<String> args = new ArrayList<>(List.of(
                    vector.toString(),
                    out.toString(),
                    Integer.toString(grid.crs().code()),
                    Integer.toString(grid.width()),
                    Integer.toString(grid.height()),
                    Double.toString(segmentizeDegrees)));
            for (double v : grid.transform().toGdal()) {
                args.add(Double.toString(v));
            }
            python(RASTERIZE_SCRIPT, args.toArray(String[]::new));
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(out);
        }
    }

    /** A temporary file (deleted by the caller). */
    public static Path tempFile(String suffix) {
        try {
            return Files.createTempFile("gdal-oracle", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file if it exists. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
