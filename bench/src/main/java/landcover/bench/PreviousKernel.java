package landcover.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestFormat;

/**
 * The compiled-forest kernel as it was before the packed layout (kept here only as the benchmark's
 * in-run baseline): the stored form's 4 ints per split node numbered breadth-first, four pixels
 * walking a tree in lockstep with a branch per step for finished walks, leaf rows of doubles added
 * per tree. Reads the forest through its public file format. Scores only (no normalisation).
 */
final class PreviousKernel {
    private final int p;
    private final int k;
    private final int[] roots;
    private final int[] nodes;
    private final double[] leaves;

    PreviousKernel(CompiledForest forest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ForestFormat.write(forest, bytes);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        in.readInt();
        in.readUnsignedShort();
        p = in.readUnsignedShort();
        for (int i = 0; i < p; i++) {
            in.readUTF();
        }
        in.readLong();
        k = in.readUnsignedShort();
        for (int i = 0; i < k; i++) {
            in.readUnsignedShort();
        }
        roots = ints(in, 1);
        nodes = ints(in, 4);
        leaves = new double[in.readInt() * k];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = Double.longBitsToDouble(in.readLong());
        }
    }

    private static int[] ints(DataInputStream in, int per) throws IOException {
        int[] values = new int[in.readInt() * per];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** Class scores of n pixel-interleaved pixels (no NaN) into sums[i * k + c]. */
    void scores(float[] x, int n, double[] sums) {
        Arrays.fill(sums, 0, n * k, 0.0);
        for (int root : roots) {
            int v = 0;
            for (; v + 4 <= n; v += 4) {
                int b0 = v * p, b1 = b0 + p, b2 = b1 + p, b3 = b2 + p;
                int r0 = root, r1 = root, r2 = root, r3 = root;
                while ((r0 & r1 & r2 & r3) >= 0) {
                    r0 = step(x, b0, r0);
                    r1 = step(x, b1, r1);
                    r2 = step(x, b2, r2);
                    r3 = step(x, b3, r3);
                }
                add(sums, v, r0);
                add(sums, v + 1, r1);
                add(sums, v + 2, r2);
                add(sums, v + 3, r3);
            }
            for (; v < n; v++) {
                int ref = root;
                while (ref >= 0) {
                    ref = step(x, v * p, ref);
                }
                add(sums, v, ref);
            }
        }
    }

    private int step(float[] x, int base, int ref) {
        if (ref < 0) {
            return ref;
        }
        int o = ref << 2;
        return nodes[o + (x[base + nodes[o]] <= Float.intBitsToFloat(nodes[o + 1]) ? 2 : 3)];
    }

    private void add(double[] sums, int v, int ref) {
        int row = ~ref * k;
        int s = v * k;
        for (int c = 0; c < k; c++) {
            sums[s + c] += leaves[row + c];
        }
    }
}
