package landcover.raster.s2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SclMasksTest {
    /** Parses rows of whitespace-separated numbers. */
    static float[] plane(String text) {
        return toFloats(text.strip().split("\\s+"));
    }

    private static float[] toFloats(String[] cells) {
        float[] values = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = Float.parseFloat(cells[i]);
        }
        return values;
    }

    private static String render(byte[] mask, int width) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < mask.length; i++) {
            out.append(mask[i]).append((i + 1) % width == 0 ? "\n" : " ");
        }
        return out.toString();
    }

    @Test
    void valid_standardPolicy_masksNodataDefectiveShadowCloudsCirrusAndSnow() {
        float[] scl = plane("""
                0 1 2 3 4 5
                6 7 8 9 10 11
                """);
        assertThat(render(SclMasks.valid(scl, 6, 2, CloudMaskPolicy.STANDARD), 6))
                .isEqualTo("""
                        0 0 1 0 1 1
                        1 1 0 0 0 0
                        """);
    }

    @Test
    void valid_nanOrNonCode_isInvalid() {
        float[] scl = {Float.NaN, 12, 4.5f, 4};
        assertThat(SclMasks.valid(scl, 4, 1, CloudMaskPolicy.STANDARD)).containsExactly(0, 0, 0, 1);
    }

    /** Radius 1 (3 x 3 windows clipped at the edges), threshold 1/3: a single cloud masks its neighbours. */
    @Test
    void valid_dilation_masksPixelsWhoseWindowIsCloudyEnough() {
        CloudMaskPolicy policy = new CloudMaskPolicy(CloudMaskPolicy.MASKED_CODES, Set.of(9), 1, 1.0 / 3);
        float[] scl = plane("""
                4 4 4 4 4 4
                4 4 4 4 4 4
                4 4 4 4 4 9
                4 4 4 4 4 4
                """);
        // Windows holding the cloud: 1 of 9 cells in column 4's interior, 1 of 6 at the edges, 1 of 4
        // in the corner: none reaches 1/3, so only the cloud itself (code 9 is masked) goes.
        assertThat(render(SclMasks.valid(scl, 6, 4, policy), 6)).isEqualTo("""
                        1 1 1 1 1 1
                        1 1 1 1 1 1
                        1 1 1 1 1 0
                        1 1 1 1 1 1
                        """);
        CloudMaskPolicy looser = new CloudMaskPolicy(CloudMaskPolicy.MASKED_CODES, Set.of(9), 1, 1.0 / 6);
        assertThat(render(SclMasks.valid(scl, 6, 4, looser), 6)).isEqualTo("""
                        1 1 1 1 1 1
                        1 1 1 1 1 0
                        1 1 1 1 1 0
                        1 1 1 1 0 0
                        """);
    }
}
