package landcover.mlops.train;

/** How a forest's trees combine into class probabilities; both reproduce a Smile prediction exactly. */
public enum Voting {
    /**
     * One vote per tree for its leaf's majority class; probabilities are vote shares. Smile's {@code
     * RandomForest.predict(x)} and {@code vote(x, posteriori)}, and what scikit-learn's fully grown
     * forests amount to. The default: 91.1 % on Statlog against 90.4 % for {@link #SOFT}.
     */
    HARD,
    /**
     * Leaf class frequencies, Laplace-smoothed and weighted by each tree's out-of-bag accuracy:
     * Smile's {@code RandomForest.predict(x, posteriori)}.
     */
    SOFT
}
