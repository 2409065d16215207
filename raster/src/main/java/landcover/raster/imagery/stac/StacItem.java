package landcover.raster.imagery.stac;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import landcover.raster.imagery.compose.SceneRef;
import landcover.raster.s2.S2Band;
import org.locationtech.jts.geom.Geometry;

/**
 * A Sentinel-2 L2A item of a STAC API, reduced to what compositing needs.
 *
 * @param collection the collection it came from
 * @param scene the acquisition: id, tile, CRS, time, cloud cover, baseline, radiometry and the URL
 *     of each band's COG
 * @param footprint where it has data, WGS84
 */
record StacItem(String collection, SceneRef scene, Geometry footprint) {
    StacItem {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(footprint, "footprint");
    }

    /** The band URLs. */
    Map<S2Band, String> assets() {
        Map<S2Band, String> copy = new EnumMap<>(S2Band.class);
        copy.putAll(scene.assets());
        return copy;
    }
}
