package landcover.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassSchemeTest {
    @Test
    void default_hasThePublishedNineClassesCodesAndColours() {
        ClassScheme scheme = ClassScheme.DEFAULT;
        assertThat(scheme.size()).isEqualTo(9);
        assertThat(scheme.classes())
                .extracting(c -> c.code() + " " + c.name() + " " + c.color().hex())
                .containsExactly(
                        "1 builtUp #fa0000",
                        "2 herbaceousVegetation #ffff4c",
                        "3 shrubland #ffbb22",
                        "4 water #0032c8",
                        "5 wetland #0096a0",
                        "6 cropland #f096ff",
                        "7 closedForest #007800",
                        "8 openForest #648c00",
                        "9 bareSoil #b4b4b4");
    }

    @Test
    void json_roundTripsTheDefault() {
        assertThat(ClassScheme.fromJson(ClassScheme.DEFAULT.toJson())).isEqualTo(ClassScheme.DEFAULT);
    }

    @Test
    void fromJson_loadsAnotherScheme_sortedByCode() {
        ClassScheme scheme = ClassScheme.fromJson("""
                {"name": "forest-types", "classes": [
                  {"code": 12, "name": "Pinsapar", "color": "#1B5E20"},
                  {"code": 3, "name": "Encinar", "color": "#8d6e63"}
                ]}""");
        assertThat(scheme.classes()).extracting(LandCoverClass::code).containsExactly(3, 12);
        assertThat(scheme.byName("pinsapar")).map(LandCoverClass::code).contains(12);
        assertThat(scheme.maxCode()).isEqualTo(12);
    }

    @Test
    void fromJson_duplicateCode_isRejected() {
        assertThatThrownBy(() -> ClassScheme.fromJson("""
                {"name": "x", "classes": [
                  {"code": 1, "name": "a", "color": "#000000"},
                  {"code": 1, "name": "b", "color": "#000000"}]}"""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("class code 1 is used twice");
    }

    @Test
    void fromJson_duplicateNameIgnoringCase_isRejected() {
        assertThatThrownBy(() -> new ClassScheme(
                        "x",
                        List.of(
                                new LandCoverClass(1, "Water", RgbColor.parse("#000000")),
                                new LandCoverClass(2, "water", RgbColor.parse("#000000")))))
                .hasMessageContaining("used by codes 1 and 2");
    }

    @Test
    void fromJson_malformed_namesLineAndColumn() {
        assertThatThrownBy(() -> ClassScheme.fromJson("{\"name\": \"x\",\n \"classes\": [}"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("line 2, column 14");
    }

    @Test
    void fromJson_badColour_isRejected() {
        assertThatThrownBy(() -> ClassScheme.fromJson(
                        "{\"name\":\"x\",\"classes\":[{\"code\":1,\"name\":\"a\",\"color\":\"red\"}]}"))
                .hasMessageContaining("'red' is not a colour");
    }

    @Test
    void landCoverClass_codeZeroIsNodata_andRejected() {
        assertThatThrownBy(() -> new LandCoverClass(0, "none", RgbColor.parse("#000000")))
                .hasMessageContaining("0 is reserved for nodata");
    }

    @Test
    void resolve_acceptsNamesAndCodes_andNamesTheKnownClassesOtherwise() {
        ClassScheme scheme = ClassScheme.DEFAULT;
        assertThat(scheme.resolve("closedForest").code()).isEqualTo(7);
        assertThat(scheme.resolve(7.0).name()).isEqualTo("closedForest");
        assertThat(scheme.resolve("7").name()).isEqualTo("closedForest");
        assertThatThrownBy(() -> scheme.resolve("jungle"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'jungle' is not a class")
                .hasMessageContaining("7 closedForest");
    }

    @Test
    void rgbColor_parsesAndPrintsHex() {
        RgbColor c = RgbColor.parse("#FA0000");
        assertThat(c.red()).isEqualTo(250);
        assertThat(c.hex()).isEqualTo("#fa0000");
        assertThat(c.rgb()).isEqualTo(0xfa0000);
    }
}
