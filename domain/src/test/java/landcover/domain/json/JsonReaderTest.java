package landcover.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {
    @Test
    void parse_allValueKinds() {
        Object value = JsonReader.parse("""
                {"s": "a\\u00e9\\n", "n": -1.5e2, "i": 0, "t": true, "f": false, "z": null, "a": [1, [2]], "o": {}}""");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("s")).isEqualTo("aé\n");
        assertThat(map.get("n")).isEqualTo(-150.0);
        assertThat(map.get("i")).isEqualTo(0.0);
        assertThat(map.get("t")).isEqualTo(true);
        assertThat(map.get("f")).isEqualTo(false);
        assertThat(map.containsKey("z")).isTrue();
        assertThat(map.get("z")).isNull();
        assertThat(map.get("a")).isEqualTo(List.of(1.0, List.of(2.0)));
        assertThat(map.get("o")).isEqualTo(Map.of());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"a\": 1,} | line 1, column 9",
                "[1, 2 | unexpected end of input",
                "{\"a\": 1, \"a\": 2} | duplicate member \"a\"",
                "[01] | expected ',' or ']'",
                "[NaN] | unexpected character 'N'",
                "{} {} | unexpected content after the JSON value",
                "\"abc | unterminated string",
                "[1e999] | number out of range",
                "// c | unexpected character '/'"
            })
    void parse_malformed_saysWhereAndWhat(String text, String expected) {
        assertThatThrownBy(() -> JsonReader.parse(text))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void parse_deepNesting_isRefusedNotStackOverflow() {
        String deep = "[".repeat(100_000);
        assertThatThrownBy(() -> JsonReader.parse(deep)).hasMessageContaining("nesting deeper than 512");
    }

    @Test
    void parse_reportsLineAndColumnOnLaterLines() {
        assertThatThrownBy(() -> JsonReader.parse("{\n  \"a\": tru\n}"))
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(8);
                });
    }
}
