package landcover.mlops.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import landcover.mlops.MlopsException;
import org.junit.jupiter.api.Test;

class ForestParamsTest {
    @Test
    void fromJson_toJsonOfEveryParameter_roundTrips() {
        ForestParams params = new ForestParams(
                250, 4, 30, 5000, 2, 0.8, Map.of(4, 2.5, 1, 0.5), Voting.SOFT, -7_123_456_789_012_345L);

        assertThat(ForestParams.fromJson(params.toJson())).isEqualTo(params);
    }

    @Test
    void toJson_defaults_recordSeedAndPublishedDefaults() {
        assertThat(ForestParams.defaults(42).toJson())
                .contains("\"trees\":100", "\"mtry\":0", "\"maxDepth\":0", "\"nodeSize\":1", "\"splitRule\":\"gini\"")
                .contains("\"voting\":\"hard\"", "\"seed\":42");
    }

    @Test
    void new_zeroTrees_isRejectedNamingTheField() {
        assertThatThrownBy(() -> ForestParams.defaults(1).withTrees(0))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("trees");
    }

    @Test
    void effectiveMtry_zero_isSquareRootOfFeatures() {
        assertThat(ForestParams.defaults(1).effectiveMtry(72)).isEqualTo(8);
        assertThat(ForestParams.defaults(1).effectiveMtry(15)).isEqualTo(3);
    }
}
