package landcover.raster.s2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class L2aRadiometryTest {
    @ParameterizedTest(name = "{0} DN {1} at baseline {2} -> {3}")
    @CsvSource({
        // band, DN, baseline, physical value
        "B04, 1234, 02.12, 0.1234",
        "B04, 1234, 04.00, 0.0234",
        "B04, 800, 05.11, -0.02", // dark water below the offset: negative reflectance is kept
        "B8A, 11232, 03.00, 1.1232",
        "AOT, 72, 04.00, 0.072", // AOT and WVP carry no offset
        "WVP, 824, 04.00, 0.824",
        "SCL, 4, 04.00, 4",
    })
    void toPhysical_appliesTheBaselineOffsetToReflectanceOnly(String band, float dn, String baseline, float expected) {
        L2aRadiometry radiometry = L2aRadiometry.of(ProcessingBaseline.parse(baseline));
        assertThat(radiometry.toPhysical(S2Band.parse(band), dn)).isEqualTo(expected);
    }

    @Test
    void toPhysical_dnZero_isNoData() {
        assertThat(L2aRadiometry.of(ProcessingBaseline.parse("04.00")).toPhysical(S2Band.B02, 0))
                .isNaN();
        assertThat(L2aRadiometry.NO_OFFSET.toPhysical(S2Band.AOT, 0)).isNaN();
    }

    @Test
    void fromScaleOffset_readsStacRasterBands() {
        // Earth Search items: "scale": 0.0001, "offset": -0.1 (or 0 where the offset was removed).
        assertThat(L2aRadiometry.fromScaleOffset(0.0001, -0.1).boaAddOffset()).isEqualTo(-1000);
        assertThat(L2aRadiometry.fromScaleOffset(0.0001, 0)).isEqualTo(L2aRadiometry.NO_OFFSET);
    }
}
