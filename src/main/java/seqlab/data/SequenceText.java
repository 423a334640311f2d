package seqlab.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes sequences as text that {@link SequenceReader} reads back to the same sequences: one line
 * of items per sequence, or, when an item holds a space or a comma (which separate items on a
 * line), a {@code sequence,item} table with quoted fields.
 */
public final class SequenceText {

    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]");

    private SequenceText() {
    }

    /** The text of {@code data}. */
    public static String of(SequenceData data) {
        List<List<String>> sequences = data.sequences();
        boolean table = sequences.stream().flatMap(List::stream).anyMatch(t -> SEPARATOR.matcher(t).find());
        StringBuilder text = new StringBuilder(table ? "sequence,item\n" : "");
        for (int i = 0; i < sequences.size(); i++) {
            if (table) {
                for (String item : sequences.get(i)) {
                    text.append(i + 1).append(',').append(CsvSplitter.quote(item)).append('\n');
                }
            } else {
                text.append(String.join(" ", sequences.get(i))).append('\n');
            }
        }
        return text.toString();
    }
}
