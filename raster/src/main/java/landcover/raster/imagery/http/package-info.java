/**
 * Remote files over HTTP range requests: {@link landcover.raster.imagery.http.HttpRangeReader} is a
 * {@link landcover.raster.tiff.RangeReader} for a COG behind a URL, sharing one {@link
 * landcover.raster.imagery.http.HttpRangeClient} (bounded parallelism, retries with backoff, byte
 * cache) configured by {@link landcover.raster.imagery.http.HttpSettings}.
 */
package landcover.raster.imagery.http;
