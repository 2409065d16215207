package landcover.raster.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import landcover.raster.RasterException;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/** Finds band files and DEMs in a folder by name and content. */
final class BandFiles {
    private BandFiles() {}

    /** The band files directly in {@code dir}, the finest file per band. */
    static Map<S2Band, Path> in(Path dir) {
        Map<S2Band, Path> bands = new EnumMap<>(S2Band.class);
        for (Path file : files(dir)) {
            String token = token(file);
            if (S2Band.isBand(token) && GeoTiff.isTiff(file)) {
                S2Band band = S2Band.parse(token);
                Path current = bands.get(band);
                if (current == null || pixelSize(file) < pixelSize(current)) {
                    bands.put(band, file);
                }
            }
        }
        return bands;
    }

    /** A GeoTIFF named dem/DEM (up to the first _ or .) directly in {@code dir}. */
    static Optional<Path> dem(Path dir) {
        return files(dir).stream()
                .filter(f -> token(f).equalsIgnoreCase("dem") && GeoTiff.isTiff(f))
                .findFirst();
    }

    /** The file name up to its first {@code _} or {@code .}. */
    static String token(Path file) {
        String name = file.getFileName().toString();
        int end = name.length();
        for (char stop : new char[] {'_', '.'}) {
            int i = name.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return name.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static double pixelSize(Path file) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            return reader.info()
                    .geoTransform()
                    .map(t -> Math.abs(t.pixelWidth()))
                    .orElse(Double.MAX_VALUE);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new RasterException(dir.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
