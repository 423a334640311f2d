package seqlab.model;

import java.util.List;

/**
 * The next-item distribution for a prefix.
 *
 * @param items     items, most probable first (the top K, or all when asked)
 * @param used      the prefix tokens the model saw, oldest first
 * @param unknown   prefix tokens (or labels) the model does not know and skipped
 * @param truncated how many older known items were dropped because the prefix is longer than max length
 * @param excludesSeen whether the model leaves the items already in the prefix out of its ranking
 * @param excluded  the known prefix items left out of {@code items} (each once, in typed order; also
 *                  those beyond max length); empty when {@code excludesSeen} is false
 */
public record Prediction(List<ScoredItem> items, List<String> used, List<String> unknown, int truncated,
                         boolean excludesSeen, List<String> excluded) {

    public Prediction {
        items = List.copyOf(items);
        used = List.copyOf(used);
        unknown = List.copyOf(unknown);
        excluded = List.copyOf(excluded);
    }

    /** Whether nothing could be predicted because no prefix item was known. */
    public boolean isEmpty() {
        return used.isEmpty();
    }
}
