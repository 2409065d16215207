package landcover.raster.imagery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.raster.imagery.catalog.CatalogIngestOp;
import landcover.raster.imagery.catalog.IngestSettings;
import landcover.raster.imagery.sample.SampleFiles;
import landcover.raster.imagery.sample.SampleRegion;

/**
 * The sample region and a catalog of it, generated once into {@code target/imagery-fixtures} and
 * shared by the test classes of a run. Generation is deterministic, so a fixture left by an earlier
 * run is reused when the generator's compiled classes are unchanged (a fingerprint file records
 * their hash); a fresh checkout (CI) always generates.
 */
public final class SampleFixture {
    private static final Path ROOT = Path.of("target", "imagery-fixtures").toAbsolutePath();
    private static SampleFiles sample;
    private static boolean catalogChecked;

    private SampleFixture() {}

    /** The sample region's files. */
    public static synchronized SampleFiles sample() {
        if (sample == null) {
            Path dir = ROOT.resolve("embedded").resolve("region");
            Path marker = ROOT.resolve("sample.fingerprint");
            String fingerprint = fingerprint("imagery/sample", "tiff", "grid");
            if (!fingerprint.equals(read(marker)) || !Files.exists(dir.resolve("region.json"))) {
                delete(dir);
                SampleRegion.generate(dir);
                write(marker, fingerprint);
            }
            sample = new SampleFiles(dir);
        }
        return sample;
    }

    /** A catalog holding (at least) these years of the sample region, with terrain. */
    public static synchronized Path catalog(int... years) {
        SampleFiles files = sample();
        Path catalog = ROOT.resolve("embedded").resolve("catalog");
        if (!catalogChecked) {
            Path marker = ROOT.resolve("catalog.fingerprint");
            String fingerprint = fingerprint("");
            if (!fingerprint.equals(read(marker))) {
                delete(catalog);
                write(marker, fingerprint);
            }
            catalogChecked = true;
        }
        for (int year : years) {
            CatalogIngestOp.run(IngestSettings.of(files.scenes(year), files.dem(), new Year(year), catalog));
        }
        return catalog;
    }

    /** The folder holding {@code region} and {@code catalog}, laid out as {@code SampleRegion.catalog} does. */
    public static Path embedded() {
        sample();
        return ROOT.resolve("embedded");
    }

    /** A fresh empty folder under the fixtures root. */
    public static Path scratch(String name) {
        Path dir = ROOT.resolve("scratch").resolve(name);
        delete(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the compiled classes under these packages of landcover.raster ("" for all). */
    private static String fingerprint(String... packages) {
        Path classes = Path.of("target", "classes", "landcover", "raster").toAbsolutePath();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String pkg : packages) {
                try (Stream<Path> files = Files.walk(classes.resolve(pkg))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class"))
                            .sorted()
                            .toList()) {
                        sha.update(classes.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder tree if present. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The years of the sample region. */
    public static List<Year> years() {
        return SampleRegion.years();
    }
}
