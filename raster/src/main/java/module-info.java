/**
 * Where pixels live: the GeoTIFF/COG codec, CRS transforms and grids, AOI windows and masks,
 * Sentinel-2 resampling, masking and compositing, spectral indices, terrain, feature stacks and the
 * imagery sources that assemble them. Knows nothing of models, registries or HTTP servers.
 */
module landcover.raster {
    requires transitive landcover.domain;
    // Automatic module named from its jar file (proj4j declares no module name); CRS transforms.
    // Its EPSG definitions (proj4j-epsg) are plain resources, needed at run time only.
    requires proj4j;

    exports landcover.raster;
    exports landcover.raster.grid;
    exports landcover.raster.s2;
    exports landcover.raster.features;
    exports landcover.raster.tiff;
    exports landcover.raster.imagery;
    exports landcover.raster.imagery.catalog;
    exports landcover.raster.imagery.sample;
}
