package seqlab.data;

import java.util.List;

/**
 * A sequence source that knows the exact probability of every next item, such as a synthetic
 * generator. Evaluation uses it to compute what a perfect predictor would score (the Bayes
 * ceiling).
 */
public interface NextItemDistribution {

    /** The item tokens; index {@code i} of {@link #next(List)} is the probability of token {@code i}. */
    List<String> tokens();

    /**
     * The exact probability of each item following {@code history}.
     *
     * @param history the tokens so far, oldest first (may be empty)
     * @return one probability per token of {@link #tokens()}, summing to 1
     * @throws IllegalArgumentException when the history holds a token this source never emits
     */
    double[] next(List<String> history);
}
