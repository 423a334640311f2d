package seqlab.model;

/**
 * Whether items already in a prefix may be recommended as its next item. Applies alike to the
 * LSTM and both baselines, in evaluation and in prediction.
 */
public enum SeenItems {
    /**
     * Exclude them when almost no training target repeats an item of its own sequence (below
     * {@link #AUTO_THRESHOLD}), as in rating data where nobody rates a film twice;
     * rank them otherwise.
     */
    AUTO,
    /** Never rank an item that already occurs in the prefix. */
    EXCLUDE,
    /** Rank every item. */
    RANK;

    /** {@link #AUTO} excludes seen items when fewer than this share of training targets repeat one. */
    public static final double AUTO_THRESHOLD = 0.01;

    /**
     * Whether seen items are excluded.
     *
     * @param repeatShare share of training targets that repeat an earlier item of their sequence
     */
    public boolean excludes(double repeatShare) {
        return this == EXCLUDE || this == AUTO && repeatShare < AUTO_THRESHOLD;
    }
}
