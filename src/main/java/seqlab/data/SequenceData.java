package seqlab.data;

import java.util.List;

/**
 * Sequences of item tokens as read from a source, before any vocabulary is applied.
 *
 * @param source    where the data came from (a file name or "editor")
 * @param sequences the sequences in source order; each holds at least one token
 * @param skipped   lines or sequences that were not used, with reasons
 * @param encoding  the file's encoding as read ({@link TextFile#UTF_8} for text from memory)
 */
public record SequenceData(String source, List<List<String>> sequences, List<SkippedLine> skipped,
                           String encoding) {

    public SequenceData {
        sequences = List.copyOf(sequences.stream().map(List::copyOf).toList());
        skipped = List.copyOf(skipped);
        encoding = encoding == null ? TextFile.UTF_8 : encoding;
    }

    /** Data in UTF-8 (or from memory). */
    public SequenceData(String source, List<List<String>> sequences, List<SkippedLine> skipped) {
        this(source, sequences, skipped, TextFile.UTF_8);
    }

    /** This data, read in {@code newEncoding}. */
    public SequenceData withEncoding(String newEncoding) {
        return new SequenceData(source, sequences, skipped, newEncoding);
    }

    /** Data read from memory, with nothing skipped. */
    public static SequenceData of(String source, List<List<String>> sequences) {
        return new SequenceData(source, sequences, List.of());
    }

    /** Total number of events (tokens) over all sequences. */
    public long eventCount() {
        return sequences.stream().mapToLong(List::size).sum();
    }

    /** Keeps sequences with at least {@code minLength} items; the others are recorded as skipped. */
    public SequenceData withMinLength(int minLength) {
        if (minLength <= 1) {
            return this;
        }
        var kept = sequences.stream().filter(s -> s.size() >= minLength).toList();
        int dropped = sequences.size() - kept.size();
        if (dropped == 0) {
            return this;
        }
        var skips = new java.util.ArrayList<>(skipped);
        skips.add(new SkippedLine(0, dropped + " sequence(s) shorter than the minimum length " + minLength));
        return new SequenceData(source, kept, skips, encoding);
    }
}
