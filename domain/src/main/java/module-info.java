/**
 * Records and rules of landcover: years, land-cover classes and schemes, areas of interest, model
 * identity and typed errors. No I/O, no HTTP, no SQL, no files.
 *
 * <p>Geometry is a value type here, so the module reads JTS (a dependency-free geometry library);
 * it needs nothing else beyond java.base.
 */
module landcover.domain {
    // Automatic module (Automatic-Module-Name in the jar); our Aoi exposes JTS geometries.
    requires transitive org.locationtech.jts;

    exports landcover.domain;
    exports landcover.domain.aoi;
    // The strict JSON reader: the raster module's catalog files and STAC responses, mlops' parameters.
    exports landcover.domain.json;
}
