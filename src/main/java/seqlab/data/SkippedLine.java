package seqlab.data;

/**
 * An input line (or sequence) that was not used, with the reason.
 *
 * @param line   1-based line number in the source, or 0 when the skip concerns a whole sequence
 * @param reason why it was skipped, readable by a user
 */
public record SkippedLine(int line, String reason) {
}
