package landcover.raster.tiff;

import landcover.raster.DataType;

/**
 * The pixel layout of one image in a TIFF (the full-resolution image or one overview): size, block
 * grid (tiles, or strips as full-width blocks), sample layout and where each block's bytes are.
 * Block {@code i} of plane {@code p} is entry {@code p * blocksPerPlane + i} of the offset arrays,
 * blocks running left to right, then top to bottom.
 */
record ImageLevel(
        int width,
        int height,
        int samplesPerPixel,
        DataType dataType,
        Compression compression,
        int predictor,
        Interleave interleave,
        Photometric photometric,
        boolean tiled,
        int blockWidth,
        int blockHeight,
        long[] offsets,
        long[] byteCounts,
        long ifdOffset) {

    /** Blocks across (1 for strips). */
    int blocksAcross() {
        return (int) ((width + (long) blockWidth - 1) / blockWidth);
    }

    /** Blocks down. */
    int blocksDown() {
        return (int) ((height + (long) blockHeight - 1) / blockHeight);
    }

    int blocksPerPlane() {
        return blocksAcross() * blocksDown();
    }

    /** Number of planes: samples per pixel when band-interleaved, else 1. */
    int planes() {
        return interleave == Interleave.BAND ? samplesPerPixel : 1;
    }

    /** Samples per pixel inside one block. */
    int samplesPerBlockPixel() {
        return interleave == Interleave.BAND ? 1 : samplesPerPixel;
    }

    /** Bytes of one full row of a block, as stored before compression. */
    int blockRowBytes() {
        return blockWidth * samplesPerBlockPixel() * dataType.bytes();
    }

    /** Rows a block really holds: tiles are always full; the last strip may be short. */
    int rowsInBlock(int blockRow) {
        return tiled ? blockHeight : Math.min(blockHeight, height - blockRow * blockHeight);
    }

    int blockIndex(int plane, int blockCol, int blockRow) {
        return plane * blocksPerPlane() + blockRow * blocksAcross() + blockCol;
    }
}
