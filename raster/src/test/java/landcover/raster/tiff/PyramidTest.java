package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import landcover.raster.DataType;
import org.junit.jupiter.api.Test;

/** Overview resampling rules, on hand-made 3 × 3 → 2 × 2 examples worked out by hand. */
class PyramidTest {
    private static float[] halve(float[] plane, Resampling resampling, DataType type, double nodata) {
        Pyramid.Level full = new Pyramid.Level(3, 3, new float[][] {plane});
        List<Pyramid.Level> levels = Pyramid.build(full, 2, resampling, type, nodata, null, 1);
        assertThat(levels).hasSize(2);
        assertThat(levels.get(1).width()).isEqualTo(2);
        return levels.get(1).planes()[0];
    }

    @Test
    void average_integers_roundHalfUpAndSkipNodata() {
        float[] plane = {1, 2, 7, 3, 5, 0, 0, 0, 9};
        assertThat(halve(plane, Resampling.AVERAGE, DataType.UINT16, 0)).containsExactly(3, 7, 0, 9);
    }

    @Test
    void average_floats_keepFractionsAndSkipNaN() {
        float[] plane = {1, 2, Float.NaN, 3, 5, Float.NaN, 0.5f, 0, 9};
        assertThat(halve(plane, Resampling.AVERAGE, DataType.FLOAT32, Double.NaN))
                .containsExactly(2.75f, Float.NaN, 0.25f, 9);
    }

    @Test
    void mode_classes_takeTheMostFrequentValidCodeFirstOnTies() {
        float[] plane = {4, 2, 6, 2, 0, 6, 3, 5, 0};
        assertThat(halve(plane, Resampling.MODE, DataType.UINT8, 0)).containsExactly(2, 6, 3, 0);
    }

    @Test
    void nearest_takesTheTopLeftSample() {
        float[] plane = {4, 2, 6, 2, 0, 6, 3, 5, 1};
        assertThat(halve(plane, Resampling.NEAREST, DataType.UINT8, 0)).containsExactly(4, 6, 3, 1);
    }
}
