package landcover.mlops.train;

import java.util.ArrayList;
import java.util.List;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.SampleTable;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.util.IntSet;

/**
 * Our tables in Smile's shapes. Inside Smile, features are named {@code f0, f1, …} and the class
 * {@code y}: user feature names may hold characters Smile's formula syntax would misread.
 */
final class SmileFrames {
    static final String RESPONSE = "y";

    private SmileFrames() {}

    /** The feature columns of a table as a Smile frame of float columns. */
    static DataFrame features(SampleTable table) {
        int p = table.featureCount();
        float[][] rows = new float[table.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = table.row(i);
        }
        return DataFrame.of(rows, names(p));
    }

    /** The schema of the feature columns. */
    static StructType featureSchema(int p) {
        List<StructField> fields = new ArrayList<>();
        for (String name : names(p)) {
            fields.add(new StructField(name, DataTypes.FloatType));
        }
        return new StructType(fields);
    }

    /** A Smile tuple of one pixel's features, for Smile's own predict. */
    static Tuple tuple(StructType schema, float[] row) {
        double[] values = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            values[j] = row[j];
        }
        return Tuple.of(schema, values);
    }

    /** Assembles Smile's forest object from its trees, as RandomForest.fit would. */
    static RandomForest assemble(FeatureSchema features, int k, RandomForest.Model[] models, OutOfBag oob) {
        List<StructField> fields =
                new ArrayList<>(featureSchema(features.size()).fields());
        fields.add(new StructField(RESPONSE, DataTypes.IntType));
        Formula formula = Formula.lhs(RESPONSE).expand(new StructType(fields));
        double[] importance = new double[features.size()];
        for (RandomForest.Model model : models) {
            double[] tree = model.tree().importance();
            for (int j = 0; j < importance.length; j++) {
                importance[j] += tree[j];
            }
        }
        return new RandomForest(formula, k, models, oob.metrics(), importance, IntSet.of(k));
    }

    private static String[] names(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        return names;
    }
}
