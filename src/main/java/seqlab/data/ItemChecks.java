package seqlab.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Notes on data that is valid but may not be what the user meant: items that look out of place
 * among the others ("x is the only non-numeric item") and sequences too short to teach anything.
 * Nothing is rejected; the notes say what training will do.
 */
public final class ItemChecks {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    /** Below this many distinct items a non-numeric one is not out of place. */
    static final int MIN_ITEMS = 5;
    /** The most odd items listed; more than this many are a kind of item, not a slip. */
    static final int MAX_ODD = 3;

    private ItemChecks() {
    }

    /** The notes on {@code data}, each one sentence; empty when nothing looks odd. */
    public static List<String> notes(SequenceData data) {
        List<String> notes = new ArrayList<>();
        singleItemSequences(data).ifPresent(notes::add);
        oddItems(data).ifPresent(notes::add);
        return notes;
    }

    /** How many sequences hold a single item, which training leaves out. */
    public static Optional<String> singleItemSequences(SequenceData data) {
        long single = data.sequences().stream().filter(s -> s.size() < 2).count();
        return single == 0 ? Optional.empty() : Optional.of(String.format(
                "%,d sequence(s) of a single item: training leaves them out (no item follows)", single));
    }

    /** The few non-numeric items among many numeric ones, with the sequence each first occurs in. */
    public static Optional<String> oddItems(SequenceData data) {
        Map<String, Integer> firstSequence = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < data.sequences().size(); i++) {
            for (String item : data.sequences().get(i)) {
                if (seen.add(item) && !NUMBER.matcher(item).matches()) {
                    firstSequence.putIfAbsent(item, i + 1);
                }
            }
        }
        int distinct = seen.size();
        int odd = firstSequence.size();
        if (distinct < MIN_ITEMS || odd == 0 || odd > MAX_ODD || odd * 10 > distinct) {
            return Optional.empty();
        }
        List<String> named = firstSequence.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' (first in sequence " + e.getValue() + ")").toList();
        return Optional.of(String.join(", ", named) + (odd == 1 ? " is the only non-numeric item" : " are the only"
                + " non-numeric items") + " among " + (distinct - odd) + " numeric ones: a typing slip? (kept as an item)");
    }
}
