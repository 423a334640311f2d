package seqlab.model;

import java.util.List;

/**
 * The next-item distribution for a prefix.
 *
 * @param items     items, most probable first (the top K, or all when asked)
 * @param used      the prefix tokens the model saw, oldest first
 * @param unknown   prefix tokens (or labels) the model does not know and skipped
 * @param truncated how many older known items were dropped because the prefix is longer than max length
 */
public record Prediction(List<ScoredItem> items, List<String> used, List<String> unknown, int truncated) {

    public Prediction {
        items = List.copyOf(items);
        used = List.copyOf(used);
        unknown = List.copyOf(unknown);
    }

    /** Whether nothing could be predicted because no prefix item was known. */
    public boolean isEmpty() {
        return used.isEmpty();
    }
}
