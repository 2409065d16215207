package landcover.mlops.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import landcover.domain.ClassScheme;
import landcover.mlops.MlopsException;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import org.junit.jupiter.api.Test;

class RasterSamplerTest {
    /**
     * A 10 × 10 synthetic two-band stack on a real UTM 30N grid over Málaga (10 m pixels): band a =
     * column, band b = row; pixel (7, 7) is nodata (-1).
     */
    private static Raster stack() {
        float[] a = new float[100];
        float[] b = new float[100];
        for (int i = 0; i < 100; i++) {
            a[i] = i % 10;
            b[i] = i / 10;
        }
        a[77] = -1;
        GridGeometry grid =
                new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(370000, 4065000, 10, 10), 10, 10);
        return new Raster(grid, DataType.FLOAT32, List.of("a", "b"), new float[][] {a, b}, OptionalDouble.of(-1));
    }

    /** WGS84 lon/lat of the centre of pixel (col, row) of {@link #stack()}. */
    private static double[] lonLat(int col, int row) {
        return landcover.raster.grid.CrsTransform.of(EpsgCode.utm(30, true), EpsgCode.WGS84)
                .transform(370000 + 10 * col + 5, 4065000 - 10 * row - 5);
    }

    private static LabelledGeometry at(String id, String label, int col, int row) {
        double[] ll = lonLat(col, row);
        return LabelledGeometry.point(id, label, ll[0], ll[1]);
    }

    @Test
    void sample_points_reportOutsideDuplicateAndNodataInsteadOfDroppingSilently() {
        List<LabelledGeometry> labels = List.of(
                at("p1", "water", 2, 3),
                at("p2", "builtUp", 2, 3),
                LabelledGeometry.point("p3", "water", -3.0, 40.0),
                at("p4", "builtUp", 7, 7),
                at("p5", "builtUp", 5, 5));

        LabelledSamples s = RasterSampler.sample(
                stack(), labels, RasterSampler.Options.defaults(1), Optional.of(ClassScheme.DEFAULT));

        assertThat(s.table().size()).isEqualTo(2);
        assertThat(s.table().row(0)).containsExactly(2f, 3f);
        assertThat(s.table().classCode(0)).isEqualTo(4);
        assertThat(s.report().duplicates()).containsExactly("p2");
        assertThat(s.report().outsideImagery()).containsExactly("p3");
        assertThat(s.report().nodata()).containsExactly("p4 pixel 7,7");
        assertThat(s.table().lon(0)).isCloseTo(lonLat(2, 3)[0], org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void sample_neighbourhood_labelsNinePixelsCentreFirstInOneGroup() {
        LabelledSamples s = RasterSampler.sample(
                stack(), List.of(at("p", "water", 4, 4)), new RasterSampler.Options(true, 100, 1), Optional.empty());

        assertThat(s.table().size()).isEqualTo(9);
        assertThat(s.table().row(0)).containsExactly(4f, 4f);
        for (int r = 0; r < 9; r++) {
            assertThat(s.table().group(r)).isZero();
            assertThat(Math.abs(s.table().value(r, 0) - 4)).isLessThanOrEqualTo(1);
        }
        assertThat(s.scheme().classes())
                .singleElement()
                .extracting(c -> c.name())
                .isEqualTo("water");
    }

    @Test
    void sample_unknownClass_isRejectedListingIt() {
        assertThatThrownBy(() -> RasterSampler.sample(
                        stack(),
                        List.of(at("p", "lava", 1, 1)),
                        RasterSampler.Options.defaults(1),
                        Optional.of(ClassScheme.DEFAULT)))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("unknown classes {lava=1}");
    }
}
