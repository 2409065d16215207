package landcover.mlops.inference;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import landcover.mlops.MlopsException;

/**
 * The stored form of a {@link CompiledForest} ({@code model.lcrf}), version 1. Big-endian, as
 * {@link DataOutputStream} writes it; the same forest always gives the same bytes.
 *
 * <pre>
 * bytes 0-3   magic "LCRF"
 * u16         format version (1)
 * u16 F       feature count, then F × feature name (DataOutput.writeUTF: u16 length + modified UTF-8)
 * i64         feature-order hash (FeatureSchema.hash(), checked on read)
 * u16 K       class count, then K × u16 class code (ascending, 1-255)
 * i32 T       tree count, then T × i32 root ref
 * i32 S       split-node count, then S × (i32 feature, i32 threshold float bits, i32 low ref, i32 high ref)
 * i32 R       leaf-row count, then R × K × f64 leaf values (IEEE 754 bits)
 * i32 L       leaf count (leaves over all trees; rows are shared between identical leaves)
 * u32         CRC-32 of every byte before it
 * </pre>
 *
 * A ref ≥ 0 names a split node; a ref &lt; 0 names leaf row {@code ~ref}. Split nodes are numbered
 * breadth-first per tree; every child's number is greater than its parent's. No Java serialization
 * and no library types: any language can read it.
 */
public final class ForestFormat {
    /** The file's first four bytes. */
    public static final int MAGIC = 0x4C435246; // "LCRF"

    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private ForestFormat() {}

    /** Writes a forest; does not close the stream. */
    public static void write(CompiledForest forest, OutputStream stream) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(stream, 1 << 16), new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        out.writeInt(MAGIC);
        out.writeShort(VERSION);
        out.writeShort(forest.features().size());
        for (String name : forest.features().names()) {
            out.writeUTF(name);
        }
        out.writeLong(forest.featureHash());
        out.writeShort(forest.classCount());
        for (int code : forest.codes()) {
            out.writeShort(code);
        }
        writeInts(out, forest.roots(), 1);
        writeInts(out, forest.nodes(), CompiledForest.NODE_INTS);
        double[] leaves = forest.leaves();
        out.writeInt(leaves.length / forest.classCount());
        for (double v : leaves) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
        out.writeInt(forest.leafCount());
        out.flush();
        out.writeInt((int) checked.getChecksum().getValue());
        out.flush();
    }

    private static void writeInts(DataOutputStream out, int[] values, int perItem) throws IOException {
        out.writeInt(values.length / perItem);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /**
     * Reads a forest written by {@link #write}; does not close the stream.
     *
     * @throws MlopsException if the bytes are not a version-1 forest, are truncated or damaged
     */
    public static CompiledForest read(InputStream stream) throws IOException {
        CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(stream, 1 << 16), new CRC32());
        DataInputStream in = new DataInputStream(checked);
        try {
            if (in.readInt() != MAGIC) {
                throw new MlopsException("not a landcover forest file (bad magic)");
            }
            int version = in.readUnsignedShort();
            if (version != VERSION) {
                throw new MlopsException("forest file version " + version + " is not supported (this build reads 1)");
            }
            FeatureSchema features = readFeatures(in);
            int[] codes = new int[in.readUnsignedShort()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = in.readUnsignedShort();
            }
            int[] roots = readInts(in, 1);
            int[] nodes = readInts(in, CompiledForest.NODE_INTS);
            double[] leaves = readLeaves(in, codes.length);
            int leafCount = in.readInt();
            int crc = (int) checked.getChecksum().getValue();
            if (in.readInt() != crc) {
                throw new MlopsException("forest file is damaged (checksum mismatch)");
            }
            return new CompiledForest(features, codes, roots, nodes, leaves, leafCount);
        } catch (EOFException e) {
            throw new MlopsException("forest file is truncated", e);
        }
    }

    private static FeatureSchema readFeatures(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(in.readUTF());
        }
        FeatureSchema features = new FeatureSchema(names);
        if (in.readLong() != features.hash()) {
            throw new MlopsException("forest file is damaged (feature-order hash mismatch)");
        }
        return features;
    }

    private static int[] readInts(DataInputStream in, int perItem) throws IOException {
        int count = in.readInt();
        checkCount(count, perItem);
        int[] values = new int[count * perItem];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static double[] readLeaves(DataInputStream in, int k) throws IOException {
        int rows = in.readInt();
        checkCount(rows, k);
        double[] values = new double[rows * k];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(in.readLong());
        }
        return values;
    }

    private static void checkCount(int count, int perItem) {
        if (count < 0 || (long) count * perItem > Integer.MAX_VALUE - 16) {
            throw new MlopsException("forest file is damaged (count " + count + ")");
        }
    }
}
