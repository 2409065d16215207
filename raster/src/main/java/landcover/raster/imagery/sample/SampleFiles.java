package landcover.raster.imagery.sample;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the sample region's files are, under its root folder:
 *
 * <pre>
 * README.md, PROVENANCE.md, region.json     what this is (synthetic), how it was made
 * dem.tif                                   elevation (m), Float32 COG on the 10 m grid
 * scenes/YEAR/SCENE_ID/B01.tif … SCL.tif    L2A bands at native resolution, scene.json
 * classmap/YEAR.tif                         true classes, UInt8 COG with colour table
 * points/YEAR-base.geojson                  validated points for the year's base model
 * points/YEAR-new.geojson                   the change year's later batch of new ground truth
 * aoi/changed-YEAR.geojson, aoi/stable.geojson   AOIs over changed and stable ground
 * </pre>
 *
 * @param root the folder
 */
public record SampleFiles(Path root) {
    public SampleFiles {
        Objects.requireNonNull(root, "root");
    }

    /** The scenes folder of a year (one sub-folder per acquisition, see docs/imagery.md). */
    public Path scenes(int year) {
        return root.resolve("scenes").resolve(Integer.toString(year));
    }

    /** The DEM. */
    public Path dem() {
        return root.resolve("dem.tif");
    }

    /** The true class map of a year. */
    public Path classMap(int year) {
        return root.resolve("classmap").resolve(year + ".tif");
    }

    /** The base set of validated points of a year. */
    public Path basePoints(int year) {
        return root.resolve("points").resolve(year + "-base.geojson");
    }

    /** The later batch of new ground truth (the change year only). */
    public Path newPoints(int year) {
        return root.resolve("points").resolve(year + "-new.geojson");
    }

    /** An AOI over ground that changed in a year (the burnt scar). */
    public Path changedAoi(int year) {
        return root.resolve("aoi").resolve("changed-" + year + ".geojson");
    }

    /** An AOI over ground that stays the same in every year. */
    public Path stableAoi() {
        return root.resolve("aoi").resolve("stable.geojson");
    }

    /** The region's description (JSON). */
    public Path regionJson() {
        return root.resolve("region.json");
    }
}
