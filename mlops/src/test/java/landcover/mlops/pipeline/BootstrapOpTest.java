package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapOpTest {
    @Test
    void run_emptyDataDirectory_registersAndPromotesABaselinePerYear() {
        EmbeddedFixture fixture = EmbeddedFixture.get();
        fixture.log().forEach(System.out::println);
        assertThat(fixture.report().registered()).isEqualTo(5);
    }
}
