package landcover.raster.imagery.compose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import landcover.raster.grid.EpsgCode;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;

/**
 * One Level-2A acquisition of one tile, wherever its bands live: a scenes folder on disk or COGs
 * behind a STAC API.
 *
 * @param id the product or item id
 * @param tile the MGRS tile, e.g. {@code 30SUF}
 * @param crs the tile's UTM CRS
 * @param acquired acquisition time (UTC)
 * @param cloudCover cloudy share of the scene in percent (scene metadata, e.g. {@code eo:cloud_cover})
 * @param baseline the ESA processing baseline
 * @param radiometry how its DNs become reflectance (the baseline's offset, unless already removed)
 * @param synthetic true for generated scenes (the sample region)
 * @param assets where each band is: a file path or a URL
 */
public record SceneRef(
        String id,
        String tile,
        EpsgCode crs,
        Instant acquired,
        double cloudCover,
        ProcessingBaseline baseline,
        L2aRadiometry radiometry,
        boolean synthetic,
        Map<S2Band, String> assets) {
    public SceneRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tile, "tile");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(acquired, "acquired");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(radiometry, "radiometry");
        assets = Map.copyOf(new EnumMap<>(assets));
    }

    /** The acquisition date (UTC). */
    public LocalDate date() {
        return acquired.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Where a band is, if the scene has it. */
    public String asset(S2Band band) {
        String location = assets.get(band);
        if (location == null) {
            throw new landcover.raster.RasterException(
                    id, "scene has no " + band + " band (has " + assets.keySet() + ")");
        }
        return location;
    }
}
