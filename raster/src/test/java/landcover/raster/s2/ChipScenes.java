package landcover.raster.s2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.oracle.Gdal;
import landcover.testing.SharedData;

/**
 * The real all-band L2A chip over Málaga (sentinel2_malaga_greensenti/chip_all_bands), read with
 * GDAL, and <b>synthetic</b> scenes derived from it (shifted DNs, other baselines, SCL cloud
 * patches), written as GeoTIFFs so an independent numpy computation can read the same inputs.
 */
public final class ChipScenes {
    /** The chip's 10 m grid (B02_10m.jp2, per gdalinfo). */
    public static final GridGeometry GRID_10M =
            new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(367910, 4064740, 10, 10), 60, 36);

    /** The chip's files per band, at each band's native resolution (AOT, WVP at 10 m). */
    static final Map<S2Band, String> FILES = files();

    private ChipScenes() {}

    private static Map<S2Band, String> files() {
        Map<S2Band, String> files = new EnumMap<>(S2Band.class);
        for (S2Band band : S2Band.values()) {
            files.put(band, band.name() + "_" + band.nativeResolution() + "m.jp2");
        }
        return files;
    }

    public static Path file(S2Band band) {
        return SharedData.path("sentinel2_malaga_greensenti/chip_all_bands/" + FILES.get(band));
    }

    private static Map<S2Band, Raster> real;

    /** The real chip, every band, as DN rasters on their native grids (read once). */
    public static synchronized Map<S2Band, Raster> realBands() {
        if (real == null) {
            List<S2Band> bands = List.of(S2Band.values());
            List<Raster> rasters =
                    Gdal.readAll(bands.stream().map(ChipScenes::file).toList());
            Map<S2Band, Raster> byBand = new EnumMap<>(S2Band.class);
            for (int i = 0; i < bands.size(); i++) {
                byBand.put(bands.get(i), rasters.get(i));
            }
            real = Map.copyOf(byBand);
        }
        return new EnumMap<>(real);
    }

    /**
     * A synthetic scene from the real chip: reflectance DNs shifted by {@code offsetDn} (to mimic a
     * later baseline) plus a deterministic ripple of ±20 DN varying with {@code seed}; AOT/WVP
     * rippled only; DN 0 kept; SCL overwritten with {@code sclCode} inside the 20 m pixel rectangle
     * {@code patch} = {col, row, width, height}.
     */
    public static Map<S2Band, Raster> synthetic(
            Map<S2Band, Raster> real, int offsetDn, int seed, int sclCode, int[] patch) {
        Map<S2Band, Raster> out = new EnumMap<>(S2Band.class);
        real.forEach((band, raster) -> out.put(
                band,
                band == S2Band.SCL
                        ? patched(raster, sclCode, patch)
                        : rippled(raster, band.kind() == S2Band.Kind.REFLECTANCE ? offsetDn : 0, seed)));
        return out;
    }

    private static Raster rippled(Raster r, int offsetDn, int seed) {
        float[] dn = r.band(0).clone();
        for (int i = 0; i < dn.length; i++) {
            if (dn[i] != 0) {
                int col = i % r.width();
                int row = i / r.width();
                dn[i] = Math.max(1, dn[i] + offsetDn + ((col * 7 + row * 13 + seed * 5) % 41) - 20);
            }
        }
        return new Raster(r.grid(), DataType.UINT16, List.of("dn"), new float[][] {dn}, OptionalDouble.empty());
    }

    private static Raster patched(Raster scl, int code, int[] patch) {
        float[] v = scl.band(0).clone();
        for (int row = patch[1]; row < patch[1] + patch[3]; row++) {
            for (int col = patch[0]; col < patch[0] + patch[2]; col++) {
                if (v[row * scl.width() + col] != 0) {
                    v[row * scl.width() + col] = code;
                }
            }
        }
        return new Raster(scl.grid(), DataType.UINT8, List.of("scl"), new float[][] {v}, OptionalDouble.empty());
    }

    /** Writes a scene's bands as {@code dir/BAND.tif} and returns the folder. */
    public static Path write(Map<S2Band, Raster> bands, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<Path, Raster> files = new java.util.HashMap<>();
        bands.forEach((band, raster) -> files.put(dir.resolve(band.name() + ".tif"), raster));
        Gdal.writeAll(files);
        return dir;
    }
}
