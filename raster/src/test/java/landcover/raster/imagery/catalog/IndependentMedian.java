package landcover.raster.imagery.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import landcover.raster.Raster;

/**
 * A seasonal median worked out from the scene files alone, for checking composites: the band's
 * pixel holding the 10 m pixel's centre (nearest), the SCL pixel likewise, SCL codes 0, 1, 3, 8, 9,
 * 10, 11 and DN 0 left out, the processing baseline's offset removed, numpy's median (mean of the
 * middle two for an even count), and the stored DN encoding (reflectance × 10000 + 1000, AOT ×
 * 1000). Written independently of the production code.
 */
final class IndependentMedian {
    private static final Set<Integer> MASKED = Set.of(0, 1, 3, 8, 9, 10, 11);

    private final List<float[]> values = new ArrayList<>();
    private final List<float[]> scl = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final int factor;
    private final boolean reflectance;

    IndependentMedian(List<Path> scenes, String band) throws IOException {
        this.reflectance = !band.equals("AOT") && !band.equals("WVP");
        Raster first = null;
        for (Path dir : scenes) {
            Raster r = CatalogIngestTest.read(dir.resolve(band + ".tif"));
            first = first == null ? r : first;
            values.add(r.band(0));
            scl.add(CatalogIngestTest.read(dir.resolve("SCL.tif")).band(0));
            String json = Files.readString(dir.resolve("scene.json"));
            String baseline = json.replaceAll("(?s).*\"processingBaseline\": \"([0-9.]+)\".*", "$1");
            offsets.add(reflectance && baseline.compareTo("04.00") >= 0 ? 1000 : 0);
        }
        this.factor = 1020 / first.width();
    }

    /** The expected stored DN at a pixel of the region's 10 m grid (possibly x.5 at a rounding tie). */
    double dn(int col, int row) {
        double[] obs = new double[values.size()];
        int n = 0;
        for (int s = 0; s < values.size(); s++) {
            float v = values.get(s)[(row / factor) * (1020 / factor) + col / factor];
            int code = (int) scl.get(s)[(row / 2) * 510 + col / 2];
            if (v != 0 && !MASKED.contains(code)) {
                obs[n++] = v - offsets.get(s);
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(obs, 0, n);
        double median = n % 2 == 1 ? obs[n / 2] : (obs[n / 2 - 1] + obs[n / 2]) / 2;
        return reflectance ? median + 1000 : median;
    }

    /** How many of the pixel's observations the SCL masked. */
    int maskedCount(int col, int row) {
        int masked = 0;
        for (float[] s : scl) {
            masked += MASKED.contains((int) s[(row / 2) * 510 + col / 2]) ? 1 : 0;
        }
        return masked;
    }
}
