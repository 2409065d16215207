package landcover.raster.imagery.stac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import landcover.raster.imagery.json.Json;
import landcover.raster.s2.S2Band;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Real recorded STAC responses (shared/data/stac_sentinel2) parse into the right scenes and offsets. */
class StacItemsTest {
    private static final URI BASE = URI.create("https://example.test/v1/search");

    @Test
    void parse_earthSearchItem_usesTheCogAssets_andTrustsBoaOffsetApplied() throws IOException {
        StacItem item = item("earth_search_v1/item_S2A_13TDE_20231008_0_L2A.json");
        assertThat(item.collection()).isEqualTo("sentinel-2-l2a");
        assertThat(item.scene().id()).isEqualTo("S2A_13TDE_20231008_0_L2A");
        assertThat(item.scene().tile()).isEqualTo("13TDE");
        assertThat(item.scene().crs().code()).isEqualTo(32613);
        assertThat(item.scene().baseline().toString()).isEqualTo("05.09");
        assertThat(item.scene().cloudCover()).isEqualTo(0.000299);
        // raster:bands says offset -0.1, but earthsearch:boa_offset_applied is true: DNs are already shifted.
        assertThat(item.scene().radiometry().boaAddOffset()).isZero();
        assertThat(item.assets())
                .containsKeys(S2Band.B01, S2Band.B04, S2Band.B8A, S2Band.B12, S2Band.SCL, S2Band.AOT, S2Band.WVP);
        assertThat(item.assets().get(S2Band.B04))
                .isEqualTo("https://sentinel-cogs.s3.us-west-2.amazonaws.com/"
                        + "sentinel-s2-l2a-cogs/13/T/DE/2023/10/S2A_13TDE_20231008_0_L2A/B04.tif");
        assertThat(item.footprint().getEnvelopeInternal().getMinX()).isBetween(-106.19, -106.18);
    }

    @Test
    void parse_earthSearchItemWithTheOffsetNotApplied_subtracts1000FromBaseline0400() throws IOException {
        String json = text("earth_search_v1/item_S2A_13TDE_20231008_0_L2A.json")
                .replace("\"earthsearch:boa_offset_applied\":true", "\"earthsearch:boa_offset_applied\":false");
        StacItem item = StacItems.parse(Json.object(Json.parse(json, "test"), "test", ""), BASE);
        assertThat(item.scene().radiometry().boaAddOffset()).isEqualTo(-1000);
    }

    @Test
    void parse_collection1Item_appliesTheRasterOffset() throws IOException {
        StacItem item = item("earth_search_v1/item_sentinel-2-c1-l2a_S2B_T24MUV_20250731T130245_L2A.json");
        assertThat(item.collection()).isEqualTo("sentinel-2-c1-l2a");
        assertThat(item.scene().tile()).isEqualTo("24MUV");
        assertThat(item.scene().radiometry().boaAddOffset()).isEqualTo(-1000);
    }

    @Test
    void parse_planetaryComputerItem_takesTheOffsetFromTheBaseline() throws IOException {
        StacItem item = item("planetary_computer/item_S2A_MSIL2A_20150704T101006_R022_T35XQA_20210411T133707.json");
        assertThat(item.scene().tile()).isEqualTo("35XQA");
        assertThat(item.scene().baseline().toString()).isEqualTo("02.12");
        assertThat(item.scene().radiometry().boaAddOffset()).isZero();
        assertThat(item.assets().get(S2Band.B04)).endsWith("_B04_10m.tif");
        assertThat(item.assets()).containsKeys(S2Band.SCL, S2Band.B8A);
    }

    @Test
    void parse_cdseItem_skipsJpeg2000Assets_andReadsProjCodeAndProcessingVersion() throws IOException {
        StacItem item = item("cdse/item_S2C_MSIL2A_20250330T100051_N0511_R122_T33UWP_20250330T145914.EXCERPT.json");
        assertThat(item.scene().tile()).isEqualTo("33UWP");
        assertThat(item.scene().crs().code()).isEqualTo(32633);
        assertThat(item.scene().baseline().toString()).isEqualTo("05.11");
        assertThat(item.scene().radiometry().boaAddOffset()).isEqualTo(-1000);
        assertThat(item.assets()).isEmpty();
    }

    @Test
    void parse_everyFeatureOfARecordedSearchPage() throws IOException {
        Map<String, Object> page = Json.object(
                Json.parse(text("earth_search_v1/search_post_multiple_collections.json"), "page"), "page", "");
        long sentinel2 = Json.array(page, "features", "page", "").stream()
                .map(f -> Json.object(f, "page", "features[]"))
                .filter(f -> "sentinel-2-l2a".equals(f.get("collection")))
                .map(f -> StacItems.parse(f, BASE))
                .filter(i -> i.assets().containsKey(S2Band.B04))
                .count();
        assertThat(sentinel2).isPositive();
    }

    static StacItem item(String path) throws IOException {
        return StacItems.parse(Json.object(Json.parse(text(path), path), path, ""), BASE);
    }

    static String text(String path) throws IOException {
        return Files.readString(SharedData.path("stac_sentinel2/" + path));
    }
}
