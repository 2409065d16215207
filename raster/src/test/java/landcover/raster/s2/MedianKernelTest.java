package landcover.raster.s2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MedianKernelTest {
    @Test
    void median_threePlanes_givesWhatTheGeneralSortGives() {
        SplittableRandom random = new SplittableRandom(42);
        float[][] planes = new float[3][100_000];
        for (float[] plane : planes) {
            for (int i = 0; i < plane.length; i++) {
                // Few distinct values (ties) and 30 % NaN, so every case of the network is hit.
                plane[i] = random.nextInt(10) < 3 ? Float.NaN : random.nextInt(20) / 7f;
            }
        }
        float[] fast = MedianKernel.median(planes);
        float[][] four = {planes[0], planes[1], planes[2], nanPlane(100_000)};
        float[] sorted = MedianKernel.median(four); // the general path; an all-NaN plane changes nothing
        for (int i = 0; i < fast.length; i++) {
            assertThat(Float.floatToIntBits(fast[i])).as("pixel %d", i).isEqualTo(Float.floatToIntBits(sorted[i]));
        }
    }

    @Test
    void median_smallCases_followNanmedian() {
        float nan = Float.NaN;
        float[][] planes = {
            {1, 1, nan, nan, 5},
            {3, nan, nan, 2, 1},
            {2, 4, nan, nan, 3}
        };
        assertThat(MedianKernel.median(planes)).containsExactly(2f, 2.5f, nan, 2f, 3f);
        assertThat(MedianKernel.median(new float[][] {{1, nan}, {4, nan}})).containsExactly(2.5f, nan);
    }

    private static float[] nanPlane(int n) {
        float[] p = new float[n];
        java.util.Arrays.fill(p, Float.NaN);
        return p;
    }
}
