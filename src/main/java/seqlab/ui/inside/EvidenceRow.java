package seqlab.ui.inside;

/**
 * One row of the evidence table: an item with the model's probability beside the counts of what
 * followed in training. A null count is evidence the model does not have (not stored, or no pair
 * at the first step); a null rank is an item the model does not rank (already in the prefix).
 *
 * @param total whether this is the totals row (item "total", counts are the maps' totals)
 */
public record EvidenceRow(String item, String label, Integer rank, Double probability, Integer prefix,
                          Integer last2, Integer last1, boolean total) {
}
