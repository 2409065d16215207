package landcover.raster.tiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of bytes in a file: {@code length} bytes starting at {@code offset}.
 *
 * @param offset first byte, non-negative
 * @param length number of bytes, non-negative
 */
public record ByteRange(long offset, long length) {
    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad byte range " + offset + "+" + length);
        }
    }

    /** One past the last byte. */
    public long end() {
        return offset + length;
    }

    /**
     * Sorts ranges and merges those that overlap or lie at most {@code maxGap} bytes apart, the way a
     * remote reader turns tile reads into few HTTP range requests (reading a small gap costs less
     * than another round trip).
     *
     * @param ranges ranges in any order
     * @param maxGap the largest gap, in bytes, worth reading through
     * @return merged ranges, sorted by offset
     */
    public static List<ByteRange> merge(List<ByteRange> ranges, long maxGap) {
        List<ByteRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(ByteRange::offset));
        List<ByteRange> merged = new ArrayList<>();
        for (ByteRange r : sorted) {
            if (r.length == 0) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && r.offset <= merged.get(last).end() + maxGap) {
                ByteRange prev = merged.get(last);
                merged.set(last, new ByteRange(prev.offset, Math.max(prev.end(), r.end()) - prev.offset));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }
}
