package seqlab.eval;

import java.util.List;

/** Scores every class as the next item of each prefix in a batch; higher is more likely. */
public interface Scorer {

    /** A short name shown in tables ("lstm", "popularity", "markov"). */
    String name();

    /**
     * Scores a batch.
     *
     * @param prefixes prefixes of class indices, oldest first, each non-empty
     * @return row-major scores, {@code prefixes.size()} rows of {@link #classes()} columns
     */
    float[] scoreBatch(List<int[]> prefixes);

    /**
     * Scores a batch into {@code out} (at least {@code prefixes.size() * classes()} long), so that
     * evaluation can reuse one buffer instead of allocating megabytes per batch.
     */
    default void scoreBatch(List<int[]> prefixes, float[] out) {
        float[] scores = scoreBatch(prefixes);
        System.arraycopy(scores, 0, out, 0, scores.length);
    }

    /** Number of classes scored. */
    int classes();

    /** Whether scores are probabilities (then the evaluator also reports cross-entropy loss). */
    default boolean givesProbabilities() {
        return false;
    }
}
