package landcover.raster.s2;

/**
 * Turns an SCL plane (already on the target grid) into a per-pixel validity mask under a {@link
 * CloudMaskPolicy}. The dilation counts cloudy pixels with a summed-area table, so its cost does not
 * depend on the window size.
 */
final class SclMasks {
    private SclMasks() {}

    /** 1 where the pixel may be used, 0 where the policy masks it (NaN SCL counts as no data). */
    static byte[] valid(float[] scl, int width, int height, CloudMaskPolicy policy) {
        boolean[] masked = lookup(policy.masked());
        byte[] valid = new byte[scl.length];
        for (int i = 0; i < scl.length; i++) {
            valid[i] = (byte) (isCode(scl[i]) && !masked[(int) scl[i]] ? 1 : 0);
        }
        if (policy.dilationRadius() > 0) {
            dilate(scl, width, height, policy, valid);
        }
        return valid;
    }

    private static boolean isCode(float v) {
        return v >= 0 && v <= 11 && v == Math.rint(v);
    }

    private static boolean[] lookup(java.util.Set<Integer> codes) {
        boolean[] table = new boolean[12];
        codes.forEach(c -> table[c] = true);
        return table;
    }

    private static void dilate(float[] scl, int width, int height, CloudMaskPolicy policy, byte[] valid) {
        boolean[] cloudy = lookup(policy.dilated());
        // sums[(r + 1) * (width + 1) + (c + 1)] = cloudy pixels in rows < r + 1, cols < c + 1.
        int[] sums = new int[(width + 1) * (height + 1)];
        for (int r = 0; r < height; r++) {
            int rowSum = 0;
            for (int c = 0; c < width; c++) {
                float v = scl[r * width + c];
                rowSum += isCode(v) && cloudy[(int) v] ? 1 : 0;
                sums[(r + 1) * (width + 1) + c + 1] = sums[r * (width + 1) + c + 1] + rowSum;
            }
        }
        int k = policy.dilationRadius();
        for (int r = 0; r < height; r++) {
            int r0 = Math.max(0, r - k);
            int r1 = Math.min(height, r + k + 1);
            for (int c = 0; c < width; c++) {
                int c0 = Math.max(0, c - k);
                int c1 = Math.min(width, c + k + 1);
                int count = sums[r1 * (width + 1) + c1]
                        - sums[r0 * (width + 1) + c1]
                        - sums[r1 * (width + 1) + c0]
                        + sums[r0 * (width + 1) + c0];
                if (count >= policy.dilationThreshold() * (r1 - r0) * (c1 - c0)) {
                    valid[r * width + c] = 0;
                }
            }
        }
    }
}
