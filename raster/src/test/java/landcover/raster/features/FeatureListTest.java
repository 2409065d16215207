package landcover.raster.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import landcover.raster.RasterException;
import landcover.raster.s2.S2Band;
import org.junit.jupiter.api.Test;

class FeatureListTest {
    /**
     * The recipe, recomputed independently with Python: hashlib.sha256(("landcover-features/v1\n"
     * + "".join(n + "\n" for n in names)).encode()).hexdigest().
     */
    @Test
    void hash_isTheDocumentedSha256OfDefinitionsAndNames() {
        assertThat(FeatureList.BASELINE_15.hash())
                .isEqualTo("7dca9636e767a6a608e7a9cfa4ac23b80cca1ef48372351e1eba382b23f87a04");
        assertThat(FeatureSpace.BASELINE.parseList("dem,slope").hash())
                .isEqualTo("91a7ab651f37b9bc68dfb0e0f1079d8a955402318b82d439868ff1286fcdb967");
    }

    @Test
    void hash_dependsOnOrder_andUsesCanonicalNames() {
        FeatureSpace space = FeatureSpace.BASELINE;
        assertThat(space.parseList("slope,dem").hash())
                .isNotEqualTo(space.parseList("dem,slope").hash());
        assertThat(space.parseList("elevation, summer_b8a").hash())
                .isEqualTo(space.parseList("dem,summer_B8A").hash());
    }

    @Test
    void new_duplicates_areRefused() {
        assertThatThrownBy(() -> FeatureSpace.BASELINE.parseList("dem,elevation"))
                .isInstanceOf(RasterException.class)
                .hasMessage("dem: listed twice in the features");
    }

    @Test
    void bandsFor_includesIndexInputs() {
        FeatureList list = FeatureList.BASELINE_15;
        assertThat(list.seasons()).containsExactly("summer", "autumn", "spring");
        assertThat(list.bandsFor("spring"))
                .containsExactlyInAnyOrder(S2Band.B01, S2Band.B02, S2Band.B03, S2Band.B04, S2Band.B08);
        assertThat(list.bandsFor("summer"))
                .containsExactlyInAnyOrder(
                        S2Band.AOT, S2Band.B01, S2Band.B03, S2Band.B04, S2Band.B8A, S2Band.B11, S2Band.B12);
        assertThat(list.bandsFor("autumn")).containsExactlyInAnyOrder(S2Band.AOT, S2Band.B01);
        assertThat(list.needsDem()).isTrue();
    }
}
