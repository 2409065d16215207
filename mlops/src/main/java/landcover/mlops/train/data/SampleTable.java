package landcover.mlops.train.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;

/**
 * Labelled samples for training or scoring: per row the feature values (in {@link #features()}
 * order), a class code, a group (the location or polygon the row came from; rows of one group always
 * land on the same side of a split), a weight, and optionally the WGS84 longitude/latitude of the
 * pixel. Immutable and thread-safe; build with {@link #builder(FeatureSchema)}.
 */
public final class SampleTable {
    private final FeatureSchema features;
    private final float[] values;
    private final int[] classes;
    private final int[] groups;
    private final float[] weights;
    private final double[] lon;
    private final double[] lat;

    SampleTable(
            FeatureSchema features,
            float[] values,
            int[] classes,
            int[] groups,
            float[] weights,
            double[] lon,
            double[] lat) {
        this.features = Objects.requireNonNull(features, "features");
        this.values = values;
        this.classes = classes;
        this.groups = groups;
        this.weights = weights;
        this.lon = lon;
        this.lat = lat;
    }

    /** A builder for a table with these features. */
    public static Builder builder(FeatureSchema features) {
        return new Builder(features);
    }

    /** The feature columns, in order. */
    public FeatureSchema features() {
        return features;
    }

    /** Number of rows. */
    public int size() {
        return classes.length;
    }

    /** Number of feature columns. */
    public int featureCount() {
        return features.size();
    }

    /** Feature {@code column} of {@code row}. */
    public float value(int row, int column) {
        return values[row * features.size() + column];
    }

    /** The features of a row (a copy). */
    public float[] row(int row) {
        int p = features.size();
        return Arrays.copyOfRange(values, row * p, row * p + p);
    }

    /** All feature values, row-major ({@code row * featureCount + column}; a copy). */
    public float[] values() {
        return values.clone();
    }

    /** The class code of a row. */
    public int classCode(int row) {
        return classes[row];
    }

    /** The class codes of all rows (a copy). */
    public int[] classCodes() {
        return classes.clone();
    }

    /** The group of a row. */
    public int group(int row) {
        return groups[row];
    }

    /** The weight of a row (positive). */
    public float weight(int row) {
        return weights[row];
    }

    /** True when rows carry longitude/latitude. */
    public boolean hasLocations() {
        return lon != null;
    }

    /** WGS84 longitude of a row, or NaN without locations. */
    public double lon(int row) {
        return lon == null ? Double.NaN : lon[row];
    }

    /** WGS84 latitude of a row, or NaN without locations. */
    public double lat(int row) {
        return lat == null ? Double.NaN : lat[row];
    }

    /** The distinct class codes present, ascending. */
    public int[] distinctClasses() {
        TreeSet<Integer> set = new TreeSet<>();
        for (int c : classes) {
            set.add(c);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of distinct groups. */
    public int groupCount() {
        return (int) Arrays.stream(groups).distinct().count();
    }

    /** The rows at these indices, in this order. */
    public SampleTable rows(int[] indices) {
        Builder b = new Builder(features);
        for (int i : indices) {
            b.add(this, i);
        }
        return b.build();
    }

    /** The same rows with only the named feature columns, in the order given. */
    public SampleTable select(FeatureSchema subset) {
        int[] columns = new int[subset.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = features.indexOf(subset.name(j));
            if (columns[j] < 0) {
                throw new MlopsException("the samples have no feature '" + subset.name(j) + "'");
            }
        }
        int p = features.size();
        float[] selected = new float[size() * columns.length];
        for (int r = 0; r < size(); r++) {
            for (int j = 0; j < columns.length; j++) {
                selected[r * columns.length + j] = values[r * p + columns[j]];
            }
        }
        return new SampleTable(subset, selected, classes, groups, weights, lon, lat);
    }

    /** Same features, rows and values, bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SampleTable t
                && features.equals(t.features)
                && Arrays.equals(values, t.values)
                && Arrays.equals(classes, t.classes)
                && Arrays.equals(groups, t.groups)
                && Arrays.equals(weights, t.weights)
                && Arrays.equals(lon, t.lon)
                && Arrays.equals(lat, t.lat);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.hashCode(classes);
    }

    @Override
    public String toString() {
        return "SampleTable[" + size() + " rows, " + groupCount() + " groups, features " + features.names() + "]";
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private final FeatureSchema features;
        private float[] values = new float[1024];
        private int[] classes = new int[64];
        private int[] groups = new int[64];
        private float[] weights = new float[64];
        private double[] lon = new double[64];
        private double[] lat = new double[64];
        private int size;
        private boolean anyLocation;
        private boolean anyMissingLocation;

        Builder(FeatureSchema features) {
            this.features = Objects.requireNonNull(features, "features");
        }

        /**
         * Adds a row.
         *
         * @param row feature values in schema order, all finite (NaN is nodata: drop such rows first)
         * @param classCode 1-255
         * @param group the row's location or polygon id
         * @param weight positive
         * @param lon WGS84 longitude or NaN
         * @param lat WGS84 latitude or NaN
         */
        public Builder add(float[] row, int classCode, int group, float weight, double lon, double lat) {
            if (row.length != features.size()) {
                throw new IllegalArgumentException(row.length + " values for " + features.size() + " features");
            }
            for (float v : row) {
                if (!Float.isFinite(v)) {
                    throw new MlopsException("sample " + size + " has a missing or infinite feature value");
                }
            }
            if (classCode < 1 || classCode > 255 || !(weight > 0) || Float.isInfinite(weight)) {
                throw new MlopsException(
                        "sample " + size + ": class " + classCode + " / weight " + weight + " out of range");
            }
            grow();
            System.arraycopy(row, 0, values, size * features.size(), row.length);
            classes[size] = classCode;
            groups[size] = group;
            weights[size] = weight;
            this.lon[size] = lon;
            this.lat[size] = lat;
            boolean located = !Double.isNaN(lon) && !Double.isNaN(lat);
            anyLocation |= located;
            anyMissingLocation |= !located;
            size++;
            return this;
        }

        /** Adds row {@code row} of another table with the same features. */
        public Builder add(SampleTable table, int row) {
            return add(
                    table.row(row),
                    table.classCode(row),
                    table.group(row),
                    table.weight(row),
                    table.lon(row),
                    table.lat(row));
        }

        /** Rows added so far. */
        public int size() {
            return size;
        }

        private void grow() {
            if (size == classes.length) {
                int n = size * 2;
                classes = Arrays.copyOf(classes, n);
                groups = Arrays.copyOf(groups, n);
                weights = Arrays.copyOf(weights, n);
                lon = Arrays.copyOf(lon, n);
                lat = Arrays.copyOf(lat, n);
            }
            int need = (size + 1) * features.size();
            if (need > values.length) {
                values = Arrays.copyOf(values, Math.max(need, values.length * 2));
            }
        }

        /**
         * The table. Locations are kept only when every row has one.
         *
         * @throws MlopsException if no rows were added
         */
        public SampleTable build() {
            if (size == 0) {
                throw new MlopsException("no samples: the labels gave no usable rows");
            }
            boolean located = anyLocation && !anyMissingLocation;
            return new SampleTable(
                    features,
                    Arrays.copyOf(values, size * features.size()),
                    Arrays.copyOf(classes, size),
                    Arrays.copyOf(groups, size),
                    Arrays.copyOf(weights, size),
                    located ? Arrays.copyOf(lon, size) : null,
                    located ? Arrays.copyOf(lat, size) : null);
        }
    }
}
