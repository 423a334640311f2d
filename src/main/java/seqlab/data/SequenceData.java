package seqlab.data;

import java.util.List;

/**
 * Sequences of item tokens as read from a source, before any vocabulary is applied.
 *
 * @param source    where the data came from (a file name or "editor")
 * @param sequences the sequences in source order; each holds at least one token
 * @param skipped   lines or sequences that were not used, with reasons
 * @param encoding  the file's encoding as read ({@link TextFile#UTF_8} for text from memory)
 * @param ids       each sequence's id, in the order of {@code sequences}: the sequence column's value
 *                  for a table, the line number for a file of lines; null numbers them 1, 2, ...
 */
public record SequenceData(String source, List<List<String>> sequences, List<SkippedLine> skipped,
                           String encoding, List<String> ids) {

    public SequenceData {
        sequences = List.copyOf(sequences.stream().map(List::copyOf).toList());
        skipped = List.copyOf(skipped);
        encoding = encoding == null ? TextFile.UTF_8 : encoding;
        ids = ids == null ? positions(sequences.size()) : List.copyOf(ids);
        if (ids.size() != sequences.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + sequences.size() + " sequences");
        }
    }

    /** Data whose sequences are numbered 1, 2, ... */
    public SequenceData(String source, List<List<String>> sequences, List<SkippedLine> skipped, String encoding) {
        this(source, sequences, skipped, encoding, null);
    }

    private static List<String> positions(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
    }

    /** Data in UTF-8 (or from memory). */
    public SequenceData(String source, List<List<String>> sequences, List<SkippedLine> skipped) {
        this(source, sequences, skipped, TextFile.UTF_8);
    }

    /** This data, read in {@code newEncoding}. */
    public SequenceData withEncoding(String newEncoding) {
        return new SequenceData(source, sequences, skipped, newEncoding, ids);
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
        var kept = new java.util.ArrayList<List<String>>();
        var keptIds = new java.util.ArrayList<String>();
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i).size() >= minLength) {
                kept.add(sequences.get(i));
                keptIds.add(ids.get(i));
            }
        }
        int dropped = sequences.size() - kept.size();
        if (dropped == 0) {
            return this;
        }
        var skips = new java.util.ArrayList<>(skipped);
        skips.add(new SkippedLine(0, dropped + " sequence(s) shorter than the minimum length " + minLength));
        return new SequenceData(source, kept, skips, encoding, keptIds);
    }
}
