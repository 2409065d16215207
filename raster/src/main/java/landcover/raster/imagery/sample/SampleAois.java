package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.json.JsonWriter;

/**
 * Two AOIs for trying the lifecycle: a square inside the change year's burnt scar (every pixel
 * changed class that year) and a square of the same size over ground whose class is the same in
 * every year (fields and forest).
 */
final class SampleAois {
    /** Side of the AOI squares in pixels (600 m). */
    static final int SIDE = 60;

    private SampleAois() {}

    static void write(SampleFiles files, World world) {
        int change = RegionLayout.CHANGE_YEAR;
        byte[] before = SampleWriter.classes(world.covers(change - 1));
        byte[] during = SampleWriter.classes(world.covers(change));
        boolean[] changed = new boolean[SIZE * SIZE];
        for (int i = 0; i < changed.length; i++) {
            changed[i] = before[i] != during[i];
        }
        boolean[] stable = new boolean[SIZE * SIZE];
        java.util.Arrays.fill(stable, true);
        byte[] first = SampleWriter.classes(world.covers(RegionLayout.FIRST_YEAR));
        for (int year = RegionLayout.FIRST_YEAR + 1; year <= RegionLayout.LAST_YEAR; year++) {
            byte[] classes = SampleWriter.classes(world.covers(year));
            for (int i = 0; i < stable.length; i++) {
                stable[i] &= classes[i] == first[i];
            }
        }
        int[] burnt = bestSquare(changed, false, first);
        int[] steady = bestSquare(stable, true, first);
        SampleWriter.writeText(
                files.changedAoi(change), polygon(burnt, "ground that changed class in " + change + " (burnt scar)"));
        SampleWriter.writeText(files.stableAoi(), polygon(steady, "ground whose class never changes"));
    }

    /**
     * The top-left corner of the square (on a 10-pixel lattice) with the most pixels where {@code
     * wanted} holds; ties go to the square with more distinct classes when {@code diverse}, then to
     * the first in row order.
     */
    static int[] bestSquare(boolean[] wanted, boolean diverse, byte[] classes) {
        int[] best = {0, 0};
        long bestScore = -1;
        for (int row = 0; row + SIDE <= SIZE; row += 10) {
            for (int col = 0; col + SIDE <= SIZE; col += 10) {
                long score = score(wanted, diverse, classes, col, row);
                if (score > bestScore) {
                    bestScore = score;
                    best = new int[] {col, row};
                }
            }
        }
        return best;
    }

    private static long score(boolean[] wanted, boolean diverse, byte[] classes, int col, int row) {
        long count = 0;
        boolean[] seen = new boolean[16];
        for (int r = row; r < row + SIDE; r++) {
            for (int c = col; c < col + SIDE; c++) {
                int i = r * SIZE + c;
                count += wanted[i] ? 1 : 0;
                seen[classes[i]] = true;
            }
        }
        int kinds = 0;
        for (boolean s : seen) {
            kinds += s ? 1 : 0;
        }
        return count * 16 + (diverse ? kinds : 0);
    }

    static String polygon(int[] corner, String what) {
        CrsTransform toWgs84 = CrsTransform.of(SampleRegion.CRS, EpsgCode.WGS84);
        double x0 = SampleRegion.ORIGIN_X + corner[0] * 10.0;
        double y0 = SampleRegion.ORIGIN_Y - corner[1] * 10.0;
        double d = SIDE * 10.0 - 20;
        // Counter-clockwise, as RFC 7946 asks of exterior rings: top-left, bottom-left, bottom-right, top-right.
        double[][] ring = {
            {x0 + 10, y0 - 10}, {x0 + 10, y0 - 10 - d}, {x0 + 10 + d, y0 - 10 - d}, {x0 + 10 + d, y0 - 10}
        };
        List<Object> coordinates = new ArrayList<>();
        for (int k = 0; k <= ring.length; k++) {
            double[] p = toWgs84.transform(ring[k % ring.length][0], ring[k % ring.length][1]);
            coordinates.add(List.of(round(p[0]), round(p[1])));
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", List.of(coordinates));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", "SYNTHETIC sample region: " + what);
        properties.put("synthetic", true);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", geometry);
        return JsonWriter.pretty(feature);
    }

    private static double round(double degrees) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.7f", degrees));
    }
}
