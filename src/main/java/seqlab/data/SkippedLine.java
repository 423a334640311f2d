package seqlab.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An input line (or sequence) that was not used, with the reason.
 *
 * @param line   1-based line number in the source, or 0 when the skip concerns a whole sequence
 * @param reason why it was skipped, readable by a user
 */
public record SkippedLine(int line, String reason) {

    /** Most lines a report lists; the rest are counted. */
    public static final int LISTED = 10;

    /** The report's lines: the first {@link #LISTED} skips by line ("  skipped line 3: ..."), then a count. */
    public static List<String> describe(List<SkippedLine> skipped) {
        List<String> lines = new ArrayList<>();
        skipped.stream().sorted(Comparator.comparingInt(SkippedLine::line)).limit(LISTED)
                .forEach(s -> lines.add("  skipped " + s.where() + s.reason()));
        if (skipped.size() > LISTED) {
            lines.add("  ... and " + (skipped.size() - LISTED) + " more skipped");
        }
        return lines;
    }

    /** "line 3: ", or empty when the skip concerns no single line. */
    public String where() {
        return line > 0 ? "line " + line + ": " : "";
    }
}
