package landcover.raster.imagery.compose;

import landcover.raster.tiff.GeoTiffReader;

/**
 * Opens the GeoTIFF at a location (a file path or a URL) for reading, usually from a cache of open
 * readers. Implementations are thread-safe.
 */
public interface BandReaders {
    /**
     * A reader for the location, valid until the lease is closed.
     *
     * @throws landcover.raster.RasterException naming the location when it cannot be opened
     */
    Lease open(String location);

    /** A reader on loan: close the lease (not the reader) when done. */
    interface Lease extends AutoCloseable {
        GeoTiffReader reader();

        @Override
        void close();
    }
}
