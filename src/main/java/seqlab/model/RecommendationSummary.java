package seqlab.model;

import java.util.Locale;

/**
 * What a {@link Recommender} did.
 *
 * @param sequences    sequences read (all of them, unless stopped)
 * @param recommended  sequences that got recommendations
 * @param unknownItems items skipped because the model does not know them (also those it knows only as rare)
 * @param withUnknown  sequences that held at least one such item
 * @param withoutKnown sequences with no known item at all, which got no recommendations
 * @param stopped      whether it was stopped before the last sequence
 */
public record RecommendationSummary(int sequences, int recommended, int unknownItems, int withUnknown,
                                    int withoutKnown, boolean stopped) {

    /** One line for people, e.g. {@code 610 sequences, 608 with recommendations; 12 unknown items skipped ...}. */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d sequence(s), %,d with recommendations",
                sequences, recommended));
        s.append(String.format(Locale.ROOT, "; %,d unknown item(s) skipped in %,d sequence(s)", unknownItems,
                withUnknown));
        s.append(String.format(Locale.ROOT, "; %,d sequence(s) with no known item got none", withoutKnown));
        if (stopped) {
            s.append("; stopped before the end");
        }
        return s.toString();
    }
}
