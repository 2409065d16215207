package landcover.raster.grid;

import static org.assertj.core.api.Assertions.assertThat;

import landcover.domain.aoi.Aoi;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

class OutputGridTest {
    @Test
    void forAoi_teatinos_isA10mUtm30nGridOnThe10mLatticeCoveringTheAoi() {
        Aoi teatinos = AoiRasterizerTest.aoi(SharedData.path("sentinel2_malaga_greensenti/aoi/teatinos.geojson"));
        GridGeometry grid = OutputGrid.forAoi(teatinos, 10);
        assertThat(grid.crs()).isEqualTo(EpsgCode.utm(30, true));
        assertThat(grid.resolution()).isEqualTo(10);
        assertThat(grid.transform().originX() % 10).isZero();
        assertThat(grid.transform().originY() % 10).isZero();
        AoiMask mask = AoiRasterizer.rasterize(teatinos, grid);
        assertThat(mask.isClipped()).isFalse();
        // Tight: the AOI reaches every edge of the grid.
        assertThat(mask.window()).isEqualTo(grid.bounds());
    }

    @Test
    void forAoi_malagaTeatinos_landsOnTheSentinel2Lattice() {
        // The real Málaga 10 m bands start at (365540, 4066920): our grid's pixels line up with theirs.
        Aoi teatinos = AoiRasterizerTest.aoi(SharedData.path("sentinel2_malaga_greensenti/aoi/teatinos.geojson"));
        GeoTransform t = OutputGrid.forAoi(teatinos, 10).transform();
        assertThat((t.originX() - 365540) % 10).isZero();
        assertThat((t.originY() - 4066920) % 10).isZero();
    }

    @Test
    void utmZoneOf_usesTheCentreOfTheBoundingBox() {
        assertThat(OutputGrid.utmZoneOf(box(-6.2, -5.9, 37, 37.1))).isEqualTo(EpsgCode.utm(29, true));
        assertThat(OutputGrid.utmZoneOf(box(-6.1, -5.8, 37, 37.1))).isEqualTo(EpsgCode.utm(30, true));
        assertThat(OutputGrid.utmZoneOf(box(-34.9, -34.8, -8.1, -8.0))).isEqualTo(EpsgCode.utm(25, false));
    }

    @Test
    void utmZoneOf_aoiSplitAtTheAntimeridian_takesTheWrappedCentre() {
        Aoi fiji = Aoi.parse("""
                {"type":"MultiPolygon","coordinates":[
                  [[[179.5,-17],[180,-17],[180,-16],[179.5,-16],[179.5,-17]]],
                  [[[-180,-17],[-179.9,-17],[-179.9,-16],[-180,-16],[-180,-17]]]]}""");
        assertThat(OutputGrid.utmZoneOf(fiji)).isEqualTo(EpsgCode.utm(60, false));
    }

    private static Aoi box(double west, double east, double south, double north) {
        return Aoi.parse(String.format(
                java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                west,
                south,
                east,
                south,
                east,
                north,
                west,
                north,
                west,
                south));
    }
}
