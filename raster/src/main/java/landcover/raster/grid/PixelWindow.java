package landcover.raster.grid;

import landcover.domain.InvalidValueException;

/**
 * A rectangle of pixels: top-left column and row, width and height. May be empty (width or height
 * 0) but never negative.
 *
 * @param col first column
 * @param row first row
 * @param width number of columns
 * @param height number of rows
 */
public record PixelWindow(int col, int row, int width, int height) {
    public PixelWindow {
        if (width < 0 || height < 0) {
            throw new InvalidValueException("window", "negative size " + width + "x" + height);
        }
    }

    /** The whole of a width × height grid. */
    public static PixelWindow of(int width, int height) {
        return new PixelWindow(0, 0, width, height);
    }

    /** Number of pixels. */
    public long pixelCount() {
        return (long) width * height;
    }

    /** True when the window holds no pixel. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** One past the last column. */
    public int endCol() {
        return col + width;
    }

    /** One past the last row. */
    public int endRow() {
        return row + height;
    }

    /** The overlap of two windows (possibly empty). */
    public PixelWindow intersection(PixelWindow other) {
        int c0 = Math.max(col, other.col);
        int r0 = Math.max(row, other.row);
        int c1 = Math.min(endCol(), other.endCol());
        int r1 = Math.min(endRow(), other.endRow());
        return new PixelWindow(c0, r0, Math.max(0, c1 - c0), Math.max(0, r1 - r0));
    }

    /** True when the pixel (c, r) lies inside. */
    public boolean contains(int c, int r) {
        return c >= col && c < endCol() && r >= row && r < endRow();
    }
}
