package landcover.raster.imagery.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bands of one synthetic acquisition at their native resolutions, as L2A DNs (uint16 held in
 * shorts), plus the SCL (uint8 held in bytes).
 */
final class SyntheticScene {
    static final List<String> BANDS_10M = List.of("B02", "B03", "B04", "B08");
    static final List<String> BANDS_20M = List.of("B05", "B06", "B07", "B8A", "B11", "B12");
    static final List<String> BANDS_60M = List.of("B01", "B09");

    private final SceneSpec spec;
    private final Map<String, short[]> bands = new LinkedHashMap<>();
    private byte[] scl;

    SyntheticScene(SceneSpec spec) {
        this.spec = spec;
    }

    SceneSpec spec() {
        return spec;
    }

    void put(String band, short[] dn) {
        bands.put(band, dn);
    }

    void putScl(byte[] codes) {
        this.scl = codes;
    }

    /** DNs of a band (AOT and WVP included), row-major at the band's resolution. */
    short[] band(String name) {
        return bands.get(name);
    }

    /** Band names in write order. */
    List<String> bandNames() {
        return List.copyOf(bands.keySet());
    }

    /** SCL codes at 20 m. */
    byte[] scl() {
        return scl;
    }

    /** Native resolution of a band, in metres. */
    static int resolution(String band) {
        if (BANDS_10M.contains(band)) {
            return 10;
        }
        return BANDS_60M.contains(band) ? 60 : 20;
    }
}
