package landcover.raster.imagery.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import landcover.domain.Year;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.imagery.SeasonCalendar;
import landcover.raster.imagery.catalog.CatalogModel.YearEntry;
import landcover.raster.imagery.sample.SampleFiles;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import org.junit.jupiter.api.Test;

class CatalogIngestTest {
    private static final SampleFiles FILES = SampleFixture.sample();
    private static final SeasonCalendar SUMMER = SeasonCalendar.parse("summer=06-01..07-31");

    /**
     * The composite of sampled pixels against a median computed here from the scene files (nearest
     * 20/60 m pixel, SCL codes 0, 1, 3, 8-11 and DN 0 left out, numpy's median, baseline offset):
     * equal to the DN, and clouds never leak.
     */
    @Test
    void ingest_sampleYear_compositesMatchAnIndependentMedian() throws IOException {
        Path catalog = SampleFixture.catalog(2022);
        YearEntry year = CatalogStore.read(catalog).year(2022).orElseThrow();
        for (String season : List.of("spring", "autumn")) {
            List<String> scenes =
                    year.tiles().get("30SUF").seasons().get(season).scenes();
            Path file = catalog.resolve(year.directory()).resolve("seasons/" + season + "/30SUF_r00c00.tif");
            Raster composite = read(file);
            List<Path> dirs =
                    scenes.stream().map(id -> FILES.scenes(2022).resolve(id)).toList();
            int masked = 0;
            for (String band : List.of("B04", "B11", "B01", "AOT")) {
                IndependentMedian median = new IndependentMedian(dirs, band);
                float[] stored = composite.band(YearBuilder.STORED_BANDS.indexOf(S2Band.parse(band)));
                for (int i = 0; i < 512 * 512; i += 61) {
                    int col = i % 512;
                    int row = i / 512;
                    double expected = median.dn(col, row);
                    assertThat((double) stored[i])
                            .as(season + " " + band + " at " + col + "," + row)
                            .isIn(Math.floor(expected), Math.ceil(expected));
                    masked += median.maskedCount(col, row);
                }
            }
            assertThat(masked)
                    .as("observations left out as cloudy in " + season)
                    .isGreaterThan(500);
        }
    }

    @Test
    void ingest_sameInputsAgain_isUpToDate_andChangesNoByte() throws Exception {
        Path catalog = SampleFixture.catalog(2022);
        byte[] before = Files.readAllBytes(catalog.resolve("catalog.json"));
        IngestResult again =
                CatalogIngestOp.run(IngestSettings.of(FILES.scenes(2022), FILES.dem(), new Year(2022), catalog));
        assertThat(again.upToDate()).isTrue();
        assertThat(Files.readAllBytes(catalog.resolve("catalog.json"))).isEqualTo(before);
    }

    @Test
    void ingest_crashAtEachStep_leavesTheCatalogAsItWas_andTheNextRunRecovers() throws IOException {
        Path catalog = SampleFixture.scratch("crash-catalog");
        CatalogIngestOp.run(settings(2021, catalog));
        byte[] published = Files.readAllBytes(catalog.resolve("catalog.json"));
        for (String step : List.of("composited", "staged")) {
            IngestSettings failing = settings(2022, catalog).withFaultHook(s -> {
                if (s.equals(step)) {
                    throw new IllegalStateException("crash at " + s);
                }
            });
            assertThatThrownBy(() -> CatalogIngestOp.run(failing)).hasMessageContaining("crash at " + step);
            assertThat(Files.readAllBytes(catalog.resolve("catalog.json")))
                    .as(step)
                    .isEqualTo(published);
            try (ImagerySource source = LocalCatalog.open(catalog)) {
                assertThat(source.years()).containsExactly(new Year(2021));
                assertThat(source.coverage(new Year(2021)).getArea()).isPositive();
            }
        }
        IngestResult recovered = CatalogIngestOp.run(settings(2022, catalog));
        assertThat(recovered.upToDate()).isFalse();
        try (ImagerySource source = LocalCatalog.open(catalog)) {
            assertThat(source.years()).containsExactly(new Year(2021), new Year(2022));
            assertThat(source.seasons(new Year(2022)))
                    .singleElement()
                    .satisfies(s -> assertThat(s.name()).isEqualTo("summer"));
        }
        assertThat(children(catalog))
                .containsExactlyInAnyOrder(
                        "catalog.json",
                        ".lock",
                        CatalogStore.read(catalog).year(2021).orElseThrow().directory(),
                        CatalogStore.read(catalog).year(2022).orElseThrow().directory());
    }

    @Test
    void ingest_folderWithoutScenesOfTheYear_failsNamingIt() {
        IngestSettings empty = IngestSettings.of(
                FILES.root().resolve("points"), null, new Year(2021), SampleFixture.scratch("no-scenes"));
        assertThatThrownBy(() -> CatalogIngestOp.run(empty))
                .isInstanceOf(NoImageryException.class)
                .hasMessageContaining("no scene of 2021")
                .hasMessageContaining("points");
        IngestSettings missing = IngestSettings.of(
                FILES.root().resolve("nowhere"), null, new Year(2021), SampleFixture.scratch("no-folder"));
        assertThatThrownBy(() -> CatalogIngestOp.run(missing))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("nowhere")
                .hasMessageContaining("does not exist");
    }

    @Test
    void ingest_sceneJsonWithoutBaseline_namesTheMember() throws IOException {
        Path scenes = SampleFixture.scratch("bad-scenes");
        Path dir = Files.createDirectories(scenes.resolve("S2X_BAD"));
        Files.writeString(dir.resolve("scene.json"), """
                {"datetime": "2021-06-10T11:00:00Z", "tile": "30SUF", "cloudCover": 3, "epsg": 32630}
                """);
        assertThatThrownBy(() -> CatalogIngestOp.run(
                        IngestSettings.of(scenes, null, new Year(2021), SampleFixture.scratch("bad-catalog"))))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("scene.json")
                .hasMessageContaining("processingBaseline");
    }

    static IngestSettings settings(int year, Path catalog) {
        return IngestSettings.of(FILES.scenes(year), FILES.dem(), new Year(year), catalog)
                .withSeasons(SUMMER);
    }

    static Raster read(Path file) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            return reader.read();
        }
    }

    private static List<String> children(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return new ArrayList<>(list.map(p -> p.getFileName().toString()).toList());
        }
    }
}
