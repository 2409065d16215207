package landcover.raster.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import landcover.raster.RasterException;
import landcover.raster.s2.S2Band;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureSpaceTest {
    @Test
    void candidates_baselineSeasons_areThe72OfTheReference() {
        FeatureList all = FeatureSpace.BASELINE.candidates();
        assertThat(all.size()).isEqualTo(72);
        assertThat(all.names().subList(0, 3)).containsExactly("dem", "slope", "aspect");
        assertThat(all.names().subList(3, 26))
                .containsExactly(
                        "spring_B01",
                        "spring_B02",
                        "spring_B03",
                        "spring_B04",
                        "spring_B05",
                        "spring_B06",
                        "spring_B07",
                        "spring_B08",
                        "spring_B8A",
                        "spring_B09",
                        "spring_B11",
                        "spring_B12",
                        "spring_AOT",
                        "spring_WVP",
                        "spring_ndvi",
                        "spring_evi2",
                        "spring_osavi",
                        "spring_mndwi",
                        "spring_moisture",
                        "spring_ndyi",
                        "spring_ri",
                        "spring_ndre",
                        "spring_cri1");
        assertThat(all.names()).contains("summer_B11", "autumn_AOT").doesNotContain("summer_SCL", "summer_B10");
    }

    @Test
    void candidates_oneSeason_are26() {
        assertThat(new FeatureSpace(List.of("dry")).candidates().size()).isEqualTo(26);
    }

    @Test
    void baseline15_areTheReferencesFeaturesInItsOrder() {
        assertThat(FeatureList.BASELINE_15.names())
                .containsExactly(
                        "slope",
                        "dem",
                        "summer_AOT",
                        "autumn_AOT",
                        "spring_B01",
                        "summer_B01",
                        "autumn_B01",
                        "summer_B11",
                        "summer_B12",
                        "spring_ndyi",
                        "spring_cri1",
                        "spring_ndvi",
                        "summer_ri",
                        "summer_mndwi",
                        "summer_moisture");
        assertThat(FeatureList.BASELINE_15.features())
                .allMatch(f -> FeatureSpace.BASELINE.candidates().features().contains(f));
    }

    @ParameterizedTest
    @CsvSource({
        "summer_B11, summer_B11",
        "summer_b8a, summer_B8A",
        "spring_NDVI, spring_ndvi",
        "autumn_AOT, autumn_AOT",
        "spring_ndre_b9, spring_ndre_b9",
        "elevation, dem",
        "DEM, dem",
        "slope, slope",
        "aspect, aspect",
    })
    void parse_acceptsCaseVariantsAndAliases_andGivesTheCanonicalName(String text, String canonical) {
        assertThat(FeatureSpace.BASELINE.parse(text).name()).isEqualTo(canonical);
    }

    @Test
    void parse_mapsToTypedFeatures() {
        assertThat(FeatureSpace.BASELINE.parse("summer_B11")).isEqualTo(new Feature.Band("summer", S2Band.B11));
        assertThat(FeatureSpace.BASELINE.parse("spring_cri1_ratio"))
                .isEqualTo(new Feature.Index("spring", SpectralIndex.CRI1_RATIO));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "winter_B04 | winter_B04: unknown season 'winter' (configured: [spring, summer, autumn])",
                "summer_B10 | summer_B10: 'B10' is neither a band",
                "summer_SCL | summer_SCL: SCL is the cloud mask, not a feature",
                "summer_savi | summer_savi: 'savi' is neither a band",
                "height | height: unknown feature: expected season_band, season_index, dem, slope or aspect",
                "summer_ | summer_: unknown feature",
            })
    void parse_badNames_sayWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> FeatureSpace.BASELINE.parse(text))
                .isInstanceOf(RasterException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void new_badSeasonNames_areRefused() {
        assertThatThrownBy(() -> new FeatureSpace(List.of("early_summer"))).isInstanceOf(RasterException.class);
        assertThatThrownBy(() -> new FeatureSpace(List.of("summer", "summer"))).isInstanceOf(RasterException.class);
        assertThatThrownBy(() -> new FeatureSpace(List.of())).isInstanceOf(RasterException.class);
    }
}
