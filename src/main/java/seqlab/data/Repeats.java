package seqlab.data;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How often sequences repeat an item: of the items after the first of their sequence (the
 * next-item targets), how many already occurred earlier in the same sequence. Rating data such
 * as MovieLens never repeats (nobody rates a film twice); shopping baskets and listening
 * sessions often do.
 *
 * @param targets             items after the first of their sequence
 * @param repeats             those of them that already occurred earlier in their sequence
 * @param sequences           number of sequences
 * @param sequencesWithRepeat sequences holding at least one repeat
 */
public record Repeats(long targets, long repeats, int sequences, int sequencesWithRepeat) {

    /** Counts the repeats of {@code sequences} (tokens compared as they are). */
    public static Repeats of(List<List<String>> sequences) {
        long targets = 0;
        long repeats = 0;
        int withRepeat = 0;
        Set<String> seen = new HashSet<>();
        for (List<String> s : sequences) {
            seen.clear();
            long before = repeats;
            for (String t : s) {
                if (!seen.add(t)) {
                    repeats++;
                }
            }
            targets += Math.max(0, s.size() - 1);
            if (repeats > before) {
                withRepeat++;
            }
        }
        return new Repeats(targets, repeats, sequences.size(), withRepeat);
    }

    /** The share of targets that repeat an earlier item of their sequence; NaN when there are no targets. */
    public double share() {
        return targets == 0 ? Double.NaN : (double) repeats / targets;
    }

    /** {@link #share()} as a percentage with one decimal ("0.0%", "12.5%"); "<0.1%" when some but very few repeat. */
    public String sharePercent() {
        double percent = 100 * share();
        if (repeats > 0 && percent < 0.05) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
