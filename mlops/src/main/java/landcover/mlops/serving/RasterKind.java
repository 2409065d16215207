package landcover.mlops.serving;

/** The rasters stored for a year of a prediction. */
public enum RasterKind {
    /** Class codes, UInt8, colour table from the model's class scheme, nodata 0. */
    CLASSES("classes"),
    /**
     * Float32: band 1 {@code confidence} (the top-class probability), then one band per class of the
     * model named after it; NaN for nodata and outside the AOI. Stored only when asked for.
     */
    PROBABILITIES("probabilities");

    private final String fileStem;

    RasterKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** The file name stem, e.g. {@code classes}. */
    public String fileStem() {
        return fileStem;
    }
}
