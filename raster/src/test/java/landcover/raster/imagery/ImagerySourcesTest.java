package landcover.raster.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.sample.SampleRegion;
import org.junit.jupiter.api.Test;

class ImagerySourcesTest {
    /** The server's embedded default: the sample region's catalog with every year, then combined. */
    @Test
    void sampleRegionCatalog_servesEveryYear_andByYearRoutesReads() throws Exception {
        SampleRegion.SampleCatalog sample = SampleRegion.catalog(SampleFixture.embedded());
        try (ImagerySource catalog = LocalCatalog.open(sample.catalog());
                ImagerySource combined =
                        ImagerySources.byYear(Map.of(new Year(2020), catalog, new Year(2023), catalog))) {
            assertThat(catalog.years()).extracting(Year::value).containsExactly(2020, 2021, 2022, 2023, 2024);
            assertThat(catalog.describe()).contains("synthetic");
            assertThat(combined.years()).containsExactly(new Year(2020), new Year(2023));
            Aoi aoi = Aoi.parse(Files.readString(sample.files().stableAoi()));
            FeatureRead read = combined.read(new FeatureRequest(new Year(2020), aoi, List.of("summer_ndvi")));
            assertThat(read.nodataShare()).isLessThan(0.2);
            assertThat(combined.isSynthetic(new Year(2023))).isTrue();
            assertThatThrownBy(() -> combined.seasons(new Year(2021)))
                    .isInstanceOf(NoImageryException.class)
                    .hasMessageContaining("2021");
        }
    }

    @Test
    void seasonCalendar_defaultsPerYearOverridesAndOneSeason() {
        SeasonCalendar calendar = SeasonCalendar.DEFAULT.withYear(
                new Year(2023), SeasonCalendar.parseYear(new Year(2023), "dry=2023-05-15..2023-09-30"));
        assertThat(calendar.seasons(new Year(2022)))
                .extracting(Season::name)
                .containsExactly("spring", "summer", "autumn");
        assertThat(calendar.seasons(new Year(2022)).getFirst().end()).hasToString("2022-04-30");
        assertThat(calendar.seasons(new Year(2023))).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("dry");
            assertThat(s.contains(java.time.LocalDate.of(2023, 9, 30))).isTrue();
        });
        assertThatThrownBy(() -> SeasonCalendar.parse("a=03-01..05-01,b=04-01..06-01"))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> SeasonCalendar.parse("Spring=03-01..04-30")).hasMessageContaining("Spring");
        assertThatThrownBy(() -> SeasonCalendar.parse("spring=04-30..03-01")).hasMessageContaining("before");
        assertThatThrownBy(() -> SeasonCalendar.parseYear(new Year(2023), "x=2022-03-01..2022-04-01"))
                .hasMessageContaining("not inside 2023");
    }
}
