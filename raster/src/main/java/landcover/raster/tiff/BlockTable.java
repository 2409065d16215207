package landcover.raster.tiff;

/** Where the strips or tiles of one image are: offset and byte count per block. Immutable. */
final class BlockTable {
    private final long[] offsets;
    private final long[] byteCounts;

    BlockTable(long[] offsets, long[] byteCounts) {
        this.offsets = offsets.clone();
        this.byteCounts = byteCounts.clone();
    }

    int size() {
        return Math.min(offsets.length, byteCounts.length);
    }

    long offset(int block) {
        return offsets[block];
    }

    long byteCount(int block) {
        return byteCounts[block];
    }

    /** True when the file leaves the block out (GDAL's sparse files): it reads as nodata, or 0. */
    boolean isEmpty(int block) {
        return offsets[block] == 0 || byteCounts[block] == 0;
    }
}
