package landcover.raster.grid;

import java.util.Objects;

/**
 * Which pixels of a window of a grid belong to an AOI. The window covers every pixel the AOI's
 * projected outline reaches, clipped to the grid; inside it, a pixel belongs to the AOI when its
 * centre lies inside the AOI (GDAL's default rasterization rule, holes respected; see
 * docs/raster.md). Immutable and thread-safe.
 */
public final class AoiMask {
    private final GridGeometry grid;
    private final PixelWindow window;
    private final byte[] inside;
    private final long insideCount;
    private final boolean clipped;

    AoiMask(GridGeometry grid, PixelWindow window, byte[] inside, boolean clipped) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.window = Objects.requireNonNull(window, "window");
        if (inside.length != window.pixelCount()) {
            throw new IllegalArgumentException(inside.length + " mask cells for a " + window);
        }
        this.inside = inside;
        this.clipped = clipped;
        long count = 0;
        for (byte b : inside) {
            count += b;
        }
        this.insideCount = count;
    }

    /** The grid the mask was computed on. */
    public GridGeometry grid() {
        return grid;
    }

    /** The covering window, in pixels of {@link #grid()}; never empty. */
    public PixelWindow window() {
        return window;
    }

    /** The grid of the window alone (same CRS and resolution, origin at the window's corner). */
    public GridGeometry windowGrid() {
        return grid.window(window);
    }

    /** True when the pixel at window-relative (col, row) has its centre inside the AOI. */
    public boolean isInside(int col, int row) {
        return inside[row * window.width() + col] != 0;
    }

    /** True when the window-relative pixel {@code row * width + col} is inside the AOI. */
    public boolean isInside(int index) {
        return inside[index] != 0;
    }

    /** Number of pixels inside the AOI (may be 0 for an AOI thinner than a pixel). */
    public long insideCount() {
        return insideCount;
    }

    /** True when part of the AOI lies beyond the grid, so the window was clipped. */
    public boolean isClipped() {
        return clipped;
    }

    /**
     * Writes {@code outside} into every pixel of a window-sized plane that is not inside the AOI.
     *
     * @param plane row-major samples of the window ({@code window().pixelCount()} of them)
     */
    public void applyTo(float[] plane, float outside) {
        if (plane.length != inside.length) {
            throw new IllegalArgumentException("plane of " + plane.length + " samples for a " + window);
        }
        for (int i = 0; i < plane.length; i++) {
            if (inside[i] == 0) {
                plane[i] = outside;
            }
        }
    }
}
