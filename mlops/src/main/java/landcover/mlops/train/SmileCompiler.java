package landcover.mlops.train;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.inference.ForestBuilder;
import smile.classification.RandomForest;
import smile.model.cart.DecisionNode;
import smile.model.cart.Node;
import smile.model.cart.OrdinalNode;

/** Flattens a Smile forest into a {@link CompiledForest} that predicts exactly as Smile does. */
final class SmileCompiler {
    /**
     * Smile 6.3 keeps a split's threshold in the package-private field {@code OrdinalNode.value} with
     * no accessor. smile-core is an automatic module, so all its packages are open and this lookup
     * works on the module path too. Should a Smile upgrade change the field's meaning, the parity
     * test against Smile's own predict (CompiledForestParityTest) fails.
     */
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.privateLookupIn(OrdinalNode.class, MethodHandles.lookup())
                    .findVarHandle(OrdinalNode.class, "value", double.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SmileCompiler() {}

    static CompiledForest compile(RandomForest forest, FeatureSchema features, int[] classCodes, Voting voting) {
        ForestBuilder builder = new ForestBuilder(features, classCodes);
        for (RandomForest.Model model : forest.models()) {
            builder.addTree(addTree(
                    builder, model.tree().root(), voting == Voting.HARD ? -1 : model.weight(), classCodes.length));
        }
        return builder.build();
    }

    /** Adds one tree children-first, iteratively (unlimited-depth trees can be very deep). */
    private static int addTree(ForestBuilder builder, Node root, double weight, int k) {
        Map<Node, Integer> refs = new IdentityHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.peek();
            if (node instanceof DecisionNode leaf) {
                refs.put(stack.pop(), builder.leaf(leafValues(leaf, weight, k)));
            } else if (node instanceof OrdinalNode split) {
                Integer low = refs.get(split.trueChild());
                Integer high = refs.get(split.falseChild());
                if (low == null || high == null) {
                    pushIfMissing(stack, refs, split.falseChild());
                    pushIfMissing(stack, refs, split.trueChild());
                    continue;
                }
                stack.pop();
                refs.put(split, builder.split(split.feature(), threshold(split), low, high));
            } else {
                throw new MlopsException(
                        "cannot compile tree node " + node.getClass().getName());
            }
        }
        return refs.get(root);
    }

    private static void pushIfMissing(Deque<Node> stack, Map<Node, Integer> refs, Node child) {
        if (!refs.containsKey(child)) {
            stack.push(child);
        }
    }

    /**
     * The leaf's contribution. Hard voting (weight &lt; 0 here): 1 for the leaf's output class, as
     * Smile's {@code vote} adds. Soft: computed with the same double operations as Smile's {@code
     * DecisionNode.posteriori} ((count + 1) / (n + k)) and {@code RandomForest.predict}
     * (weight × probability), so sums match Smile's bit for bit.
     */
    static double[] leafValues(DecisionNode leaf, double weight, int k) {
        int[] count = leaf.count();
        if (weight < 0) {
            double[] oneHot = new double[k];
            oneHot[leaf.output()] = 1;
            return oneHot;
        }
        long total = 0;
        for (int c : count) {
            total += c;
        }
        double n = total + k;
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            double prob = (count[i] + 1) / n;
            values[i] = weight * prob;
        }
        return values;
    }

    /**
     * The largest float not above Smile's double threshold: for every float x, {@code x <= t} then
     * holds exactly when Smile's {@code (double) x <= threshold} does.
     */
    static float threshold(OrdinalNode split) {
        double value = (double) VALUE.get(split);
        float t = (float) value;
        if (t > value) {
            t = Math.nextDown(t);
        }
        return t;
    }
}
