package landcover.raster.s2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import landcover.raster.RasterException;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessingBaselineTest {
    @ParameterizedTest
    @CsvSource({"02.12, false", "03.01, false", "04.00, true", "05.09, true", "05.11, true", "N0400, true", "4.0, true"
    })
    void hasBoaOffset_fromBaseline0400On(String text, boolean offset) {
        assertThat(ProcessingBaseline.parse(text).hasBoaOffset()).isEqualTo(offset);
    }

    @Test
    void fromProductName_readsTheNField() {
        assertThat(ProcessingBaseline.fromProductName(
                        "S2B_MSIL2A_20220301T105849_N0400_R094_T30SUF_20220301T135049.SAFE"))
                .isEqualTo(new ProcessingBaseline(4, 0));
    }

    /** A real Planetary Computer item: product name and s2:processing_baseline agree. */
    @Test
    void fromProductName_agreesWithStacProcessingBaseline() throws IOException {
        String item = Files.readString(SharedData.path(
                "stac_sentinel2/planetary_computer/item_S2A_MSIL2A_20150704T101006_R022_T35XQA_20210411T133707.json"));
        ProcessingBaseline fromName = ProcessingBaseline.fromProductName(field(item, "s2:product_uri"));
        assertThat(fromName).isEqualTo(ProcessingBaseline.parse(field(item, "s2:processing_baseline")));
        assertThat(fromName.toString()).isEqualTo("02.12");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(json);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void parse_garbage_namesTheExpectedForm() {
        assertThatThrownBy(() -> ProcessingBaseline.parse("latest"))
                .isInstanceOf(RasterException.class)
                .hasMessage("processing baseline: 'latest' is not a baseline such as 04.00 or N0400");
    }

    @Test
    void fromProductName_withoutNField_isRefused() {
        assertThatThrownBy(() -> ProcessingBaseline.fromProductName("B04.tif")).isInstanceOf(RasterException.class);
    }
}
