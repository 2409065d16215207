package landcover.mlops.train.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import landcover.mlops.inference.FeatureSchema;
import org.junit.jupiter.api.Test;

class GroupedSplitTest {
    /** 40 locations of class 1 and 20 of class 2, 9 pixels each (a 3×3 neighbourhood per point). */
    private static SampleTable neighbourhoods() {
        SampleTable.Builder b = SampleTable.builder(FeatureSchema.of("v"));
        for (int g = 0; g < 60; g++) {
            for (int px = 0; px < 9; px++) {
                b.add(new float[] {g * 10 + px}, g < 40 ? 1 : 2, g, 1f, Double.NaN, Double.NaN);
            }
        }
        return b.build();
    }

    @Test
    void of_neighbourhoods_neverPutsAGroupOnBothSides() {
        GroupedSplit split = GroupedSplit.of(neighbourhoods(), 0.15, 7, GroupedSplit.HoldoutRows.ALL);

        Set<Integer> train = groups(split.training());
        Set<Integer> holdout = groups(split.holdout());
        assertThat(train).doesNotContainAnyElementsOf(holdout);
        assertThat(train.size() + holdout.size()).isEqualTo(60);
    }

    @Test
    void of_fifteenPercent_stratifiesByClass() {
        GroupedSplit split = GroupedSplit.of(neighbourhoods(), 0.15, 7, GroupedSplit.HoldoutRows.ALL);

        long class1 = groups(split.holdout()).stream().filter(g -> g < 40).count();
        long class2 = groups(split.holdout()).stream().filter(g -> g >= 40).count();
        assertThat(class1).isEqualTo(6);
        assertThat(class2).isEqualTo(3);
        assertThat(split.holdout().size()).isEqualTo(9 * 9);
    }

    @Test
    void of_firstRowOnly_keepsOneCentrePixelPerHeldOutLocation() {
        GroupedSplit split = GroupedSplit.of(neighbourhoods(), 0.15, 7, GroupedSplit.HoldoutRows.FIRST);

        assertThat(split.holdout().size()).isEqualTo(9);
        for (int r = 0; r < split.holdout().size(); r++) {
            assertThat(split.holdout().value(r, 0) % 10).isZero();
        }
    }

    @Test
    void of_sameSeed_isReproducibleAndOtherSeedDiffers() {
        SampleTable t = neighbourhoods();

        GroupedSplit a = GroupedSplit.of(t, 0.15, 7, GroupedSplit.HoldoutRows.ALL);
        GroupedSplit b = GroupedSplit.of(t, 0.15, 7, GroupedSplit.HoldoutRows.ALL);
        GroupedSplit c = GroupedSplit.of(t, 0.15, 8, GroupedSplit.HoldoutRows.ALL);

        assertThat(b).isEqualTo(a);
        assertThat(groups(c.holdout())).isNotEqualTo(groups(a.holdout()));
    }

    @Test
    void folds_fiveFolds_keepGroupsWholeAndBalanceClasses() {
        int[] fold = GroupedSplit.folds(neighbourhoods(), 5, 3);
        SampleTable t = neighbourhoods();

        int[] class1PerFold = new int[5];
        for (int r = 0; r < t.size(); r++) {
            assertThat(fold[r]).isEqualTo(fold[r - r % 9]);
            class1PerFold[fold[r]] += t.classCode(r) == 1 && r % 9 == 0 ? 1 : 0;
        }
        assertThat(class1PerFold).containsOnly(8);
    }

    private static Set<Integer> groups(SampleTable t) {
        Set<Integer> g = new HashSet<>();
        for (int r = 0; r < t.size(); r++) {
            g.add(t.group(r));
        }
        return g;
    }
}
