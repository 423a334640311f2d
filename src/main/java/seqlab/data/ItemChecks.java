package seqlab.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        long single = data.sequences().stream().filter(s -> s.size() < 2).count();
        if (single > 0) {
            notes.add(String.format("%,d sequence(s) of a single item: training leaves them out (no item follows)",
                    single));
        }
        Map<String, Integer> firstSequence = new LinkedHashMap<>();
        int distinct = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < data.sequences().size(); i++) {
            for (String item : data.sequences().get(i)) {
                if (seen.add(item)) {
                    distinct++;
                    if (!NUMBER.matcher(item).matches()) {
                        firstSequence.putIfAbsent(item, i + 1);
                    }
                }
            }
        }
        int odd = firstSequence.size();
        if (distinct >= MIN_ITEMS && odd > 0 && odd <= MAX_ODD && odd * 10 <= distinct) {
            List<String> named = firstSequence.entrySet().stream()
                    .map(e -> "'" + e.getKey() + "' (first in sequence " + e.getValue() + ")").toList();
            notes.add(String.join(", ", named) + (odd == 1 ? " is the only non-numeric item" : " are the only"
                    + " non-numeric items") + " among " + (distinct - odd) + " numeric ones: a typing slip? (kept as an item)");
        }
        return notes;
    }
}
