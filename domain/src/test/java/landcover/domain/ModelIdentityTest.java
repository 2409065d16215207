package landcover.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelIdentityTest {
    @Test
    void modelId_printsNameYearVersion() {
        assertThat(ModelId.of(new Year(2023), 3)).hasToString("landcover/2023/v3");
    }

    @Test
    void aliasRef_printsNameYearAlias() {
        assertThat(AliasRef.production(new Year(2021))).hasToString("landcover/2021@production");
    }

    @Test
    void modelVersion_parse_acceptsPlainAndPrefixed() {
        assertThat(ModelVersion.parse("7")).isEqualTo(new ModelVersion(7));
        assertThat(ModelVersion.parse("v7")).isEqualTo(new ModelVersion(7));
        assertThat(new ModelVersion(7).next()).isEqualTo(new ModelVersion(8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "vx", ""})
    void modelVersion_parse_rejectsNonPositive(String text) {
        assertThatThrownBy(() -> ModelVersion.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void alias_wellKnownAndFreeForm() {
        assertThat(Alias.PRODUCTION.value()).isEqualTo("production");
        assertThat(Alias.SHADOW.value()).isEqualTo("shadow");
        assertThat(new Alias("candidate-2").value()).isEqualTo("candidate-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Production", "1st", "with space", "", "a-very-long-alias-name-that-goes-beyond-forty"})
    void alias_rejectsBadNames(String name) {
        assertThatThrownBy(() -> new Alias(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("alias");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPPER", "-leading", "has/slash", ""})
    void modelName_rejectsUnsafeNames(String name) {
        assertThatThrownBy(() -> new ModelName(name)).isInstanceOf(InvalidValueException.class);
    }
}
