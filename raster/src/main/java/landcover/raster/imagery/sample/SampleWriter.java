package landcover.raster.imagery.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.domain.ClassScheme;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.json.JsonWriter;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.ColorTable;
import landcover.raster.tiff.Compression;

/** Writes every file of the sample region (see {@link SampleFiles}). */
final class SampleWriter {
    static final String MARK = "SYNTHETIC";

    private final World world;
    private final SampleFiles files;

    SampleWriter(World world, SampleFiles files) {
        this.world = world;
        this.files = files;
    }

    SampleFiles writeAll() {
        createDirectories(files.root());
        writeDem();
        for (int year = RegionLayout.FIRST_YEAR; year <= RegionLayout.LAST_YEAR; year++) {
            writeYear(year);
        }
        SampleAois.write(files, world);
        SampleDocs.write(files, world.seed());
        return files;
    }

    /** The class map, points and scenes of one year. */
    void writeYear(int year) {
        byte[] covers = world.covers(year);
        byte[] classes = classes(covers);
        byte[] previous = year > RegionLayout.FIRST_YEAR ? classes(world.covers(year - 1)) : null;
        writeClassMap(year, classes);
        SamplePoints.write(files, world.seed(), year, classes, previous);
        SceneSimulator simulator = new SceneSimulator(world);
        // Scenes render and encode on the common pool anyway; several at a time keeps both cores
        // busy through each scene's sequential parts. Every file's bytes depend only on its scene.
        SceneSchedule.of(year, world.seed()).parallelStream()
                .forEach(spec -> writeScene(simulator.render(spec, covers)));
    }

    static byte[] classes(byte[] covers) {
        byte[] classes = new byte[covers.length];
        for (int i = 0; i < covers.length; i++) {
            classes[i] = (byte) Cover.of(covers[i]).classCode();
        }
        return classes;
    }

    void writeDem() {
        float[] elevation = world.dem().elevation().clone();
        Raster dem = new Raster(
                SampleRegion.grid(10),
                DataType.FLOAT32,
                List.of("elevation"),
                new float[][] {elevation},
                OptionalDouble.empty());
        CogWriter.write(dem, files.dem(), options("elevation in metres (synthetic terrain)"));
    }

    private void writeClassMap(int year, byte[] classes) {
        float[] plane = new float[classes.length];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = classes[i];
        }
        Raster map = new Raster(
                SampleRegion.grid(10), DataType.UINT8, List.of("class"), new float[][] {plane}, OptionalDouble.of(0));
        Path file = files.classMap(year);
        createDirectories(file.getParent());
        CogWriter.write(
                map,
                file,
                options("true land-cover classes " + year + ", scheme landcoverpy-9")
                        .withColorTable(ColorTable.of(ClassScheme.DEFAULT)));
    }

    private void writeScene(SyntheticScene scene) {
        SceneSpec spec = scene.spec();
        Path dir = files.scenes(spec.year()).resolve(spec.id());
        createDirectories(dir);
        Map<String, Object> bands = new LinkedHashMap<>();
        for (String band : scene.bandNames()) {
            writeBand(dir, spec, band, scene.band(band), SyntheticScene.resolution(band));
            bands.put(band, band + ".tif");
        }
        writeScl(dir, spec, scene.scl());
        bands.put("SCL", "SCL.tif");
        writeText(dir.resolve("scene.json"), JsonWriter.pretty(SceneJson.of(spec, scene.scl(), bands)));
    }

    private static void writeBand(Path dir, SceneSpec spec, String band, short[] dn, int resolution) {
        float[] plane = new float[dn.length];
        for (int i = 0; i < dn.length; i++) {
            plane[i] = dn[i] & 0xffff;
        }
        GridGeometry grid = SampleRegion.grid(resolution);
        Raster raster = new Raster(grid, DataType.UINT16, List.of(band), new float[][] {plane}, OptionalDouble.of(0));
        CogWriter.write(raster, dir.resolve(band + ".tif"), options("Sentinel-2 L2A " + band + " of " + spec.id()));
    }

    private static void writeScl(Path dir, SceneSpec spec, byte[] codes) {
        float[] plane = new float[codes.length];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = codes[i];
        }
        Raster raster = new Raster(
                SampleRegion.grid(20), DataType.UINT8, List.of("SCL"), new float[][] {plane}, OptionalDouble.of(0));
        CogWriter.write(
                raster,
                dir.resolve("SCL.tif"),
                options("Sentinel-2 L2A scene classification of " + spec.id())
                        .withOverviews(true, landcover.raster.tiff.Resampling.NEAREST));
    }

    /**
     * COG options with the synthetic marks every file carries. Deflate level 1: on these noisy bands
     * it encodes 3.3× faster than level 6 for files 1 % larger (measured on a 10 m band: 0.11 s vs
     * 0.34 s of CPU, 1.76 MB vs 1.74 MB).
     */
    static CogOptions options(String what) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(MARK, "true");
        metadata.put("SOURCE", "landcover sample-region (generated, not real data)");
        metadata.put("TIFFTAG_IMAGEDESCRIPTION", "SYNTHETIC " + what + " - landcover sample region, not real data");
        return CogOptions.defaults().withCompression(Compression.DEFLATE, 1).withMetadata(metadata);
    }

    static void writeText(Path file, String text) {
        try {
            createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(
                    temp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RasterException(file.toString(), "cannot write: " + e.getMessage(), e);
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RasterException(dir.toString(), "cannot create folder: " + e.getMessage(), e);
        }
    }
}
