package landcover.raster.tiff;

/** How the samples of several bands are laid out in a multi-band TIFF (PlanarConfiguration). */
public enum Interleave {
    /** Samples of one pixel next to each other: RGBRGB… (PlanarConfiguration 1, "contiguous"). */
    PIXEL,
    /** Each band in its own strips or tiles (PlanarConfiguration 2, "separate"). */
    BAND
}
