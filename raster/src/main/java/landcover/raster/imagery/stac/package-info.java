/**
 * The STAC + COG imagery source: {@link landcover.raster.imagery.stac.StacImagery} searches a STAC
 * API for Sentinel-2 L2A items (Earth Search's schema and others) and reads only the COG tiles an
 * AOI needs with HTTP range requests, compositing on the fly exactly as the local catalog does.
 * Configured by {@link landcover.raster.imagery.stac.StacSettings}.
 */
package landcover.raster.imagery.stac;
