package landcover.raster.imagery;

/**
 * What a read cost: bytes fetched from storage (files or HTTP, after caches) and requests made (HTTP
 * range requests; 0 for local files).
 *
 * @param bytesRead bytes read from storage
 * @param requests HTTP requests sent, retries included
 */
public record ReadStats(long bytesRead, long requests) {
    /** Nothing read. */
    public static final ReadStats NONE = new ReadStats(0, 0);

    /** The sum of two reads. */
    public ReadStats plus(ReadStats other) {
        return new ReadStats(bytesRead + other.bytesRead, requests + other.requests);
    }
}
