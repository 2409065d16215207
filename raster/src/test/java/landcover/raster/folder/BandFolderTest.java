package landcover.raster.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import landcover.raster.RasterException;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder layouts built from links to the real all-band chip. */
class BandFolderTest {
    private static final String CHIP = "sentinel2_malaga_greensenti/chip_all_bands";
    private static final GridGeometry CHIP_10M =
            new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(367910, 4064740, 10, 10), 60, 36);

    @TempDir
    Path dir;

    private static void linkChip(Path target, String... only) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(SharedData.path(CHIP))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (only.length == 0 || List.of(only).contains(name)) {
                    Files.createSymbolicLink(target.resolve(name), f);
                }
            }
        }
    }

    @Test
    void scan_flatChip_isOneSceneOfTheGivenSeason_andReadsTheFinestFilePerBand() {
        BandFolder folder = BandFolder.scan(SharedData.path(CHIP), "summer");
        assertThat(folder.seasons()).containsExactly("summer");
        assertThat(folder.isFlat()).isTrue();
        List<S2Scene> scenes = folder.read(
                "summer", Set.of(S2Band.B02, S2Band.B05, S2Band.B01), CHIP_10M, ProcessingBaseline.parse("02.12"));
        assertThat(scenes).hasSize(1);
        // B02 exists at 10, 20 and 60 m: the 10 m file is read.
        assertThat(scenes.getFirst().band(S2Band.B02).grid().resolution()).isEqualTo(10);
        assertThat(scenes.getFirst().band(S2Band.B05).grid().resolution()).isEqualTo(20);
        assertThat(scenes.getFirst().band(S2Band.B01).grid().resolution()).isEqualTo(60);
        assertThat(scenes.getFirst().radiometry().boaAddOffset()).isZero();
    }

    @Test
    void scan_seasonAndSceneFolders_takeTheBaselineFromProductNames() throws IOException {
        linkChip(dir.resolve("spring/S2A_MSIL2A_20210401T105021_N0300_R051_T30SUF_20210401T134916"));
        linkChip(dir.resolve("spring/S2B_MSIL2A_20220410T105619_N0400_R094_T30SUF_20220410T134127"));
        linkChip(dir.resolve("summer"));
        BandFolder folder = BandFolder.scan(dir, null);
        assertThat(folder.seasons()).containsExactly("spring", "summer");
        List<S2Scene> spring = folder.read("spring", Set.of(S2Band.B04), CHIP_10M, null);
        assertThat(spring).extracting(s -> s.radiometry().boaAddOffset()).containsExactly(0, -1000);
        assertThatThrownBy(() -> folder.read("summer", Set.of(S2Band.B04), CHIP_10M, null))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("processing baseline unknown");
    }

    @Test
    void scan_findsTheDem() throws IOException {
        linkChip(dir.resolve("summer"), "B04_10m.jp2");
        Files.createSymbolicLink(dir.resolve("dem_30m.tif"), SharedData.path("dem_samples/terra_luxembourg_elev.tif"));
        assertThat(BandFolder.scan(dir, null).dem()).contains(dir.resolve("dem_30m.tif"));
    }

    @Test
    void scan_flatWithoutSeason_orEmpty_isRefused() throws IOException {
        assertThatThrownBy(() -> BandFolder.scan(SharedData.path(CHIP), null))
                .isInstanceOf(RasterException.class)
                .hasMessageEndingWith("holds band files directly: name their season (--season)");
        Files.writeString(dir.resolve("B04.txt"), "not a tiff");
        assertThatThrownBy(() -> BandFolder.scan(dir, "summer"))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("holds no band files");
    }
}
