package landcover.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class YearTest {
    private static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void of_firstSentinel2Year_isAccepted() {
        assertThat(Year.of(2015, MID_2026).value()).isEqualTo(2015);
    }

    @Test
    void of_nextYear_isAccepted() {
        assertThat(Year.of(2027, MID_2026).value()).isEqualTo(2027);
    }

    @Test
    void of_beforeSentinel2_isRejectedNamingTheRange() {
        assertThatThrownBy(() -> Year.of(2014, MID_2026))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2015 to 2027")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("year"));
    }

    @Test
    void of_twoYearsAhead_isRejected() {
        assertThatThrownBy(() -> Year.of(2028, MID_2026)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void constructor_usesTheSystemClockForNextYear() {
        int next = Year.last(Clock.systemUTC());
        assertThat(new Year(next).value()).isEqualTo(next);
        assertThatThrownBy(() -> new Year(next + 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parse_text_givesYearOrClearError() {
        assertThat(Year.parse(" 2023 ")).isEqualTo(new Year(2023));
        assertThatThrownBy(() -> Year.parse("twenty")).hasMessageContaining("'twenty' is not a whole number");
    }

    @Test
    void compareTo_ordersChronologically() {
        assertThat(new Year(2020)).isLessThan(new Year(2021));
    }
}
