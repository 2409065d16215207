package landcover.mlops.train.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import landcover.mlops.MlopsException;

/**
 * Splits samples by group (location or polygon), so neighbouring pixels never straddle training and
 * holdout, stratified by class (each group counts for its majority class), reproducibly from a seed.
 *
 * <p>Per class, its groups are ordered by id, shuffled with the seed, and the first
 * {@code round(fraction × groups)} go to the holdout — at least one and never all when the class has
 * two or more groups; a class with a single group stays in training.
 *
 * @param training the rows to train on
 * @param holdout the rows to score on
 */
public record GroupedSplit(SampleTable training, SampleTable holdout) {
    /** Which rows of a holdout group are scored. */
    public enum HoldoutRows {
        /** Every row of the group (polygons, tabular data). */
        ALL,
        /** Only the group's first row: the centre pixel of a point's 3×3 neighbourhood. */
        FIRST
    }

    /**
     * Splits a table.
     *
     * @param fraction share of each class's groups to hold out, in (0, 1)
     * @param seed the shuffle seed
     * @param rows which rows of a holdout group to keep
     * @throws MlopsException if the fraction is out of range or nothing lands in the holdout
     */
    public static GroupedSplit of(SampleTable table, double fraction, long seed, HoldoutRows rows) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new MlopsException("holdout fraction " + fraction + " must be between 0 and 1");
        }
        Map<Integer, Boolean> heldOut = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (List<Integer> groups : groupsByClass(table).values()) {
            shuffle(groups, random);
            int n = groups.size();
            int take = n < 2 ? 0 : Math.clamp(Math.round(fraction * n), 1, n - 1);
            for (int i = 0; i < n; i++) {
                heldOut.put(groups.get(i), i < take);
            }
        }
        return assemble(table, heldOut, rows);
    }

    /**
     * Assigns each row a fold 0..folds-1 by group, stratified by class as above: per class the
     * shuffled groups are dealt to the folds in turn.
     */
    public static int[] folds(SampleTable table, int folds, long seed) {
        if (folds < 2) {
            throw new MlopsException("cross-validation needs at least 2 folds, got " + folds);
        }
        Map<Integer, Integer> foldOf = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        int next = 0;
        for (List<Integer> groups : groupsByClass(table).values()) {
            shuffle(groups, random);
            for (int g : groups) {
                foldOf.put(g, next);
                next = (next + 1) % folds;
            }
        }
        int[] fold = new int[table.size()];
        for (int r = 0; r < fold.length; r++) {
            fold[r] = foldOf.get(table.group(r));
        }
        return fold;
    }

    /** Groups (sorted by id) per majority class (sorted by code); ties go to the smaller code. */
    private static TreeMap<Integer, List<Integer>> groupsByClass(SampleTable table) {
        TreeMap<Integer, Map<Integer, Integer>> counts = new TreeMap<>();
        for (int r = 0; r < table.size(); r++) {
            counts.computeIfAbsent(table.group(r), g -> new TreeMap<>()).merge(table.classCode(r), 1, Integer::sum);
        }
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        counts.forEach((group, classCounts) -> {
            int best = classCounts.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
                    .orElseThrow()
                    .getKey();
            byClass.computeIfAbsent(best, c -> new ArrayList<>()).add(group);
        });
        return byClass;
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }

    private static GroupedSplit assemble(SampleTable table, Map<Integer, Boolean> heldOut, HoldoutRows rows) {
        SampleTable.Builder training = SampleTable.builder(table.features());
        SampleTable.Builder holdout = SampleTable.builder(table.features());
        Map<Integer, Boolean> seen = new HashMap<>();
        for (int r = 0; r < table.size(); r++) {
            int group = table.group(r);
            if (!heldOut.get(group)) {
                training.add(table, r);
            } else if (rows == HoldoutRows.ALL || seen.put(group, true) == null) {
                holdout.add(table, r);
            }
        }
        if (holdout.size() == 0) {
            throw new MlopsException("no class has two or more groups (locations), so nothing can be held out");
        }
        if (training.size() == 0) {
            throw new MlopsException("every sample landed in the holdout; add more locations");
        }
        return new GroupedSplit(training.build(), holdout.build());
    }
}
