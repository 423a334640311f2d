package seqlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Splits typed prefix text into tokens: at {@code ;} or {@code |} when present (so labels may
 * contain spaces and commas, "Toy Story (1995); Heat (1995)"), otherwise at spaces and commas,
 * except that a run of words forming a whole known label ("Heat (1995)", "Parkay stick") is
 * kept together, the longest such run first.
 */
public final class PrefixParser {

    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[;|]");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** Longer labels than this many words are typed with {@code ;} after them. */
    static final int MAX_LABEL_WORDS = 16;

    private PrefixParser() {
    }

    /** The tokens of {@code text}, in order, blanks removed; no label is known. */
    public static List<String> parse(String text) {
        return parse(text, t -> false);
    }

    /**
     * The tokens of {@code text}, in order, blanks removed.
     *
     * @param known whether a text (a token or a label) is known, so that words forming it stay together
     */
    public static List<String> parse(String text, Predicate<String> known) {
        List<String> tokens = new ArrayList<>();
        if (LABEL_SEPARATORS.matcher(text).find()) {
            for (String t : LABEL_SEPARATORS.split(text)) {
                if (!t.isBlank()) {
                    tokens.add(t.strip());
                }
            }
            return tokens;
        }
        String[] words = WORDS.split(text.strip());
        int i = 0;
        while (i < words.length) {
            int taken = 0;
            for (int n = Math.min(MAX_LABEL_WORDS, words.length - i); n >= 2 && taken == 0; n--) {
                String candidate = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
                String bare = candidate.endsWith(",") ? candidate.substring(0, candidate.length() - 1) : candidate;
                if (known.test(bare)) {
                    tokens.add(bare);
                    taken = n;
                }
            }
            if (taken == 0) {
                String word = words[i];
                if (!word.isEmpty() && known.test(word)) {
                    tokens.add(word);
                } else {
                    for (String t : TOKEN_SEPARATORS.split(word)) {
                        if (!t.isBlank()) {
                            tokens.add(t.strip());
                        }
                    }
                }
                taken = 1;
            }
            i += taken;
        }
        return tokens;
    }
}
