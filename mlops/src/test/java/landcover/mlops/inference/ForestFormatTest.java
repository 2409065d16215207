package landcover.mlops.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import landcover.mlops.MlopsException;
import org.junit.jupiter.api.Test;

class ForestFormatTest {
    /** Two trees on features (a, b): a <= 0.5 ? (b <= 2 ? class 3 : class 7) : class 7; and one leaf. */
    static CompiledForest smallForest() {
        ForestBuilder b = new ForestBuilder(FeatureSchema.of("a", "b"), new int[] {3, 7});
        int three = b.leaf(new double[] {1, 0});
        int seven = b.leaf(new double[] {0, 1});
        int inner = b.split(1, 2f, three, seven);
        b.addTree(b.split(0, 0.5f, inner, b.leaf(new double[] {0, 1})));
        b.addTree(b.leaf(new double[] {0.25, 0.75}));
        return b.build();
    }

    private static byte[] bytes(CompiledForest forest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ForestFormat.write(forest, out);
        return out.toByteArray();
    }

    @Test
    void read_writtenForest_roundTripsBitForBit() throws IOException {
        CompiledForest forest = smallForest();

        CompiledForest back = ForestFormat.read(new ByteArrayInputStream(bytes(forest)));

        assertThat(back).isEqualTo(forest);
        assertThat(bytes(back)).isEqualTo(bytes(forest));
    }

    @Test
    void write_sameForest_startsWithMagicAndVersion() throws IOException {
        byte[] b = bytes(smallForest());

        assertThat(Arrays.copyOf(b, 6)).containsExactly('L', 'C', 'R', 'F', 0, 1);
    }

    @Test
    void read_flippedByte_isRejectedAsDamaged() throws IOException {
        byte[] b = bytes(smallForest());
        b[b.length - 20] ^= 0x10;

        assertThatThrownBy(() -> ForestFormat.read(new ByteArrayInputStream(b)))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void read_truncatedFile_isRejected() throws IOException {
        byte[] b = bytes(smallForest());

        assertThatThrownBy(() -> ForestFormat.read(new ByteArrayInputStream(Arrays.copyOf(b, b.length - 3))))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void read_otherFile_isRejectedByMagic() {
        assertThatThrownBy(() -> ForestFormat.read(new ByteArrayInputStream("GIF89a....".getBytes())))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("magic");
    }

    @Test
    void predict_handBuiltForest_followsThresholdsAndAveragesTrees() {
        CompiledForest forest = smallForest();
        float[] x = {0.5f, 2f, 0.5f, 2.5f, 0.6f, 0f};
        byte[] classes = new byte[3];
        float[] top = new float[3];
        float[] probs = new float[6];

        forest.newPredictor(3).predict(x, 3, forest.featureHash(), Predictions.withProbabilities(classes, top, probs));

        // Pixel 0: tree 1 → class 3 (1, 0), tree 2 → (0.25, 0.75): sum (1.25, 0.75), normalised by 2.
        // Pixels 1 and 2: tree 1 → class 7 (0, 1): sum (0.25, 1.75).
        assertThat(probs).containsExactly(0.625f, 0.375f, 0.125f, 0.875f, 0.125f, 0.875f);
        assertThat(classes).containsExactly(3, 7, 7);
        assertThat(top).containsExactly(0.625f, 0.875f, 0.875f);
    }

    @Test
    void predict_wrongFeatureOrder_isRejectedOncePerBlock() {
        CompiledForest forest = smallForest();

        assertThatThrownBy(() -> forest.newPredictor(1)
                        .predict(
                                new float[2],
                                1,
                                FeatureSchema.of("b", "a").hash(),
                                Predictions.of(new byte[1], null, 0)))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("feature order");
    }

    @Test
    void build_identicalLeaves_storesEachRowOnce() {
        CompiledForest forest = smallForest();

        assertThat(forest.leafCount()).isEqualTo(4);
        assertThat(forest.leafRowCount()).isEqualTo(3);
        assertThat(forest.splitCount()).isEqualTo(2);
        // stored form + kernel layout (5 nodes for the two-split tree, 1 for the leaf) + rows + roots + codes
        assertThat(forest.memoryBytes()).isEqualTo(16L * 2 + 8L * (5 + 1) + 8L * 2 * 3 + 4L * 2 + 4L * 2);
    }
}
