package landcover.raster.tiff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;

/**
 * What a GeoTIFF holds, read from its header alone (no pixel is decoded). Field meanings follow
 * {@code gdalinfo}: the geotransform is GDAL's, including its half-pixel shift of PixelIsPoint
 * rasters; the EPSG code is present only when the GeoKeys name one.
 *
 * @param width columns of the full-resolution image
 * @param height rows of the full-resolution image
 * @param bandCount samples per pixel
 * @param dataType sample type
 * @param epsg the EPSG code of the CRS when the GeoKeys give one (ProjectedCSTypeGeoKey or
 *     GeographicTypeGeoKey); empty for user-defined CRSs, as GDAL reports them
 * @param gridCrs the CRS used for the grid of rasters read from the file: {@code epsg}, or for a
 *     user-defined UTM projection on a WGS 84-compatible ellipsoid (WGS 84, GRS 1980; their
 *     difference is below 0.1 mm) the matching WGS 84 / UTM code; empty when neither applies
 * @param geoTransform pixel → CRS transform, empty when the file has no georeferencing
 * @param pixelIsPoint true when GTRasterTypeGeoKey says PixelIsPoint (already folded into {@code
 *     geoTransform}, as GDAL does)
 * @param nodata the GDAL_NODATA value, if any
 * @param overviews the reduced-resolution images, largest first
 * @param tiled true for tiles, false for strips
 * @param blockWidth tile width, or the image width for strips
 * @param blockHeight tile height, or rows per strip
 * @param compression the compression of the full-resolution image
 * @param predictor 1 none, 2 horizontal differencing, 3 floating point
 * @param interleave band layout ({@link Interleave#BAND} for one band, as GDAL reports it)
 * @param photometric colour interpretation
 * @param colorTable the palette of a {@link Photometric#PALETTE} image
 * @param bandDescriptions per band, the GDAL_METADATA description or an empty string
 * @param bigTiff true for BigTIFF (64-bit offsets)
 */
public record GeoTiffInfo(
        int width,
        int height,
        int bandCount,
        DataType dataType,
        Optional<EpsgCode> epsg,
        Optional<EpsgCode> gridCrs,
        Optional<GeoTransform> geoTransform,
        boolean pixelIsPoint,
        OptionalDouble nodata,
        List<Overview> overviews,
        boolean tiled,
        int blockWidth,
        int blockHeight,
        Compression compression,
        int predictor,
        Interleave interleave,
        Photometric photometric,
        Optional<ColorTable> colorTable,
        List<String> bandDescriptions,
        boolean bigTiff) {

    public GeoTiffInfo {
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(epsg, "epsg");
        Objects.requireNonNull(gridCrs, "gridCrs");
        Objects.requireNonNull(geoTransform, "geoTransform");
        Objects.requireNonNull(nodata, "nodata");
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(interleave, "interleave");
        Objects.requireNonNull(photometric, "photometric");
        Objects.requireNonNull(colorTable, "colorTable");
        overviews = List.copyOf(overviews);
        bandDescriptions = List.copyOf(bandDescriptions);
        if (bandDescriptions.size() != bandCount) {
            throw new IllegalArgumentException(bandDescriptions.size() + " descriptions for " + bandCount + " bands");
        }
    }

    /**
     * The names rasters read from this file get: the band descriptions when every band has one and
     * they differ, else {@code band1}, {@code band2}, ….
     */
    public List<String> bandNames() {
        boolean usable = bandDescriptions.stream().noneMatch(String::isEmpty)
                && bandDescriptions.stream().distinct().count() == bandCount;
        return usable ? bandDescriptions : defaultBandNames(bandCount);
    }

    /** {@code band1} … {@code bandN}: the names of bands without a description. */
    public static List<String> defaultBandNames(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "band" + (i + 1);
        }
        return List.of(names);
    }

    /** Number of levels: the full-resolution image plus its overviews. */
    public int levelCount() {
        return 1 + overviews.size();
    }

    /**
     * A reduced-resolution copy of the image stored in the same file.
     *
     * @param width columns
     * @param height rows
     * @param blockWidth tile width (or the overview width for strips)
     * @param blockHeight tile height (or rows per strip)
     */
    public record Overview(int width, int height, int blockWidth, int blockHeight) {}
}
