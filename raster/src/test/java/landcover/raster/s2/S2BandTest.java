package landcover.raster.s2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import landcover.raster.RasterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S2BandTest {
    /** REFERENCE.md: 10 m B02 B03 B04 B08; 20 m B05 B06 B07 B8A B11 B12 (+SCL); 60 m B01 B09. */
    @ParameterizedTest
    @CsvSource({
        "B01, 60", "B02, 10", "B03, 10", "B04, 10", "B05, 20", "B06, 20", "B07, 20", "B08, 10", "B8A, 20", "B09, 60",
        "B11, 20", "B12, 20", "SCL, 20", "AOT, 10", "WVP, 10"
    })
    void nativeResolution_followsTheProductSpecification(String band, int metres) {
        assertThat(S2Band.parse(band).nativeResolution()).isEqualTo(metres);
    }

    @Test
    void spectral_isTheTwelveL2aBandsWithoutB10() {
        assertThat(S2Band.SPECTRAL)
                .extracting(S2Band::name)
                .containsExactly("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12");
    }

    @Test
    void parse_ignoresCase() {
        assertThat(S2Band.parse("b8a")).isEqualTo(S2Band.B8A);
    }

    @Test
    void parse_b10_isRefusedAsNotL2a() {
        assertThatThrownBy(() -> S2Band.parse("B10"))
                .isInstanceOf(RasterException.class)
                .hasMessageStartingWith("B10: not a Sentinel-2 L2A band");
    }
}
