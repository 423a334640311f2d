package seqlab.model;

/**
 * One item's predicted probability.
 *
 * @param rank        1-based rank, most probable first
 * @param item        the item token ({@code <rare>} for the merged rare items)
 * @param label       its display label (the token when no label is known)
 * @param probability predicted probability of being the next item
 */
public record ScoredItem(int rank, String item, String label, double probability) {
}
