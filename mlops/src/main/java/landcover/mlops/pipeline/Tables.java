package landcover.mlops.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.SampleTable;
import landcover.mlops.train.data.SampleTableFormat;

/** Sample-table plumbing between steps. Stateless. */
final class Tables {
    private Tables() {}

    /** Reads a table a step wrote, or empty when the file is absent (a step with no rows). */
    static java.util.Optional<SampleTable> readIfPresent(Path file) {
        return Files.isRegularFile(file)
                ? java.util.Optional.of(SampleTableFormat.read(file))
                : java.util.Optional.empty();
    }

    /** The rows of every table, in order, as one table with {@code features}' columns (reordered if needed). */
    static SampleTable concat(FeatureSchema features, List<SampleTable> tables) {
        SampleTable.Builder out = SampleTable.builder(features);
        for (SampleTable t : tables) {
            SampleTable aligned = t.features().equals(features) ? t : t.select(features);
            for (int r = 0; r < aligned.size(); r++) {
                out.add(aligned, r);
            }
        }
        if (out.size() == 0) {
            throw new MlopsException("no samples to combine");
        }
        return out.build();
    }

    /** The same rows with every group id shifted by {@code offset}. */
    static SampleTable shiftGroups(SampleTable t, int offset) {
        SampleTable.Builder out = SampleTable.builder(t.features());
        for (int r = 0; r < t.size(); r++) {
            out.add(t.row(r), t.classCode(r), t.group(r) + offset, t.weight(r), t.lon(r), t.lat(r));
        }
        return out.build();
    }

    /** The largest group id of the tables. */
    static int maxGroup(List<SampleTable> tables) {
        int max = -1;
        for (SampleTable t : tables) {
            for (int r = 0; r < t.size(); r++) {
                max = Math.max(max, t.group(r));
            }
        }
        return max;
    }

    /** The row indices of {@code t} whose location is not within {@code metres} of any location of {@code other}. */
    static int[] awayFrom(SampleTable t, SampleTable other, double metres) {
        if (!t.hasLocations() || !other.hasLocations()) {
            return java.util.stream.IntStream.range(0, t.size()).toArray();
        }
        java.util.Map<Long, List<Integer>> grid = new java.util.HashMap<>();
        double cell = 1e-4;
        for (int r = 0; r < other.size(); r++) {
            grid.computeIfAbsent(key(other.lon(r), other.lat(r), cell), k -> new ArrayList<>())
                    .add(r);
        }
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            if (!near(t.lon(r), t.lat(r), other, grid, cell, metres)) {
                keep.add(r);
            }
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean near(
            double lon, double lat, SampleTable other, java.util.Map<Long, List<Integer>> grid, double cell, double m) {
        long cx = (long) Math.floor(lon / cell);
        long cy = (long) Math.floor(lat / cell);
        for (long x = cx - 2; x <= cx + 2; x++) {
            for (long y = cy - 1; y <= cy + 1; y++) {
                for (int r : grid.getOrDefault(x * 4_000_000L + y, List.of())) {
                    double dx = (other.lon(r) - lon) * 111_320 * Math.cos(Math.toRadians(lat));
                    double dy = (other.lat(r) - lat) * 111_320;
                    if (Math.hypot(dx, dy) <= m) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long key(double lon, double lat, double cell) {
        return (long) Math.floor(lon / cell) * 4_000_000L + (long) Math.floor(lat / cell);
    }
}
