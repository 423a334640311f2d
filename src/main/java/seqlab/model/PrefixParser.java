package seqlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits typed prefix text into tokens: at {@code ;} or {@code |} when present (so labels may
 * contain spaces and commas, "Toy Story (1995); Heat (1995)"), otherwise at spaces and commas.
 */
public final class PrefixParser {

    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[;|]");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,]+");

    private PrefixParser() {
    }

    /** The tokens of {@code text}, in order, blanks removed. */
    public static List<String> parse(String text) {
        Pattern separator = LABEL_SEPARATORS.matcher(text).find() ? LABEL_SEPARATORS : TOKEN_SEPARATORS;
        List<String> tokens = new ArrayList<>();
        for (String t : separator.split(text)) {
            if (!t.isBlank()) {
                tokens.add(t.strip());
            }
        }
        return tokens;
    }
}
