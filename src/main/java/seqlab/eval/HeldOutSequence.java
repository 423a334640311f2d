package seqlab.eval;

import java.util.List;

/**
 * A sequence used for evaluation: every item from {@code firstTarget} on is a target, predicted
 * from the items before it.
 *
 * @param items       the sequence's tokens
 * @param firstTarget index of the first target (at least 1)
 */
public record HeldOutSequence(List<String> items, int firstTarget) {

    public HeldOutSequence {
        items = List.copyOf(items);
        if (firstTarget < 1) {
            throw new IllegalArgumentException("firstTarget must be at least 1");
        }
    }
}
