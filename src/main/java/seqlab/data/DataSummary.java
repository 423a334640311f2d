package seqlab.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was read: counts, the length distribution, the most frequent items and what was skipped.
 *
 * @param source        where the data came from
 * @param sequences     number of sequences
 * @param events        number of events (tokens)
 * @param distinctItems number of distinct item tokens
 * @param minLength     shortest sequence length (0 when empty)
 * @param medianLength  median sequence length (0 when empty)
 * @param maxLength     longest sequence length (0 when empty)
 * @param topItems      the most frequent items, most frequent first
 * @param skipped       lines or sequences not used, with reasons
 * @param repeats       how often a sequence repeats one of its earlier items
 * @param encoding      the file's encoding as read
 */
public record DataSummary(String source, int sequences, long events, int distinctItems, int minLength,
                          double medianLength, int maxLength, List<ItemCount> topItems,
                          List<SkippedLine> skipped, Repeats repeats, String encoding) {

    /** An item and how often it occurs. */
    public record ItemCount(String item, long count) {
    }

    /** Summarises {@code data}, listing up to {@code topK} most frequent items. */
    public static DataSummary of(SequenceData data, int topK) {
        int[] lengths = data.sequences().stream().mapToInt(List::size).sorted().toArray();
        Map<String, Long> counts = new HashMap<>();
        for (List<String> s : data.sequences()) {
            for (String t : s) {
                counts.merge(t, 1L, Long::sum);
            }
        }
        List<ItemCount> top = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topK)
                .forEach(e -> top.add(new ItemCount(e.getKey(), e.getValue())));
        int n = lengths.length;
        double median = n == 0 ? 0 : (n % 2 == 1 ? lengths[n / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2.0);
        return new DataSummary(data.source(), n, data.eventCount(), counts.size(), n == 0 ? 0 : lengths[0],
                median, n == 0 ? 0 : lengths[n - 1], top, data.skipped(), Repeats.of(data.sequences()),
                data.encoding());
    }

    /** Sequence lengths bucketed for a histogram: {@code counts[i]} sequences have a length in bucket i. */
    public static int[] lengthHistogram(SequenceData data, int buckets, int maxLength) {
        return lengthHistogram(data, buckets, 1, maxLength);
    }

    /** Sequence lengths from {@code minLength} to {@code maxLength} in equal buckets. */
    public static int[] lengthHistogram(SequenceData data, int buckets, int minLength, int maxLength) {
        int[] counts = new int[buckets];
        if (maxLength <= 0 || maxLength < minLength) {
            return counts;
        }
        long span = (long) maxLength - minLength + 1;
        for (List<String> s : data.sequences()) {
            int b = (int) Math.min(buckets - 1, (s.size() - minLength) * buckets / span);
            counts[Math.max(0, b)]++;
        }
        return counts;
    }

    /** A few readable lines, as the command line prints them. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: %,d sequences, %,d events, %,d distinct items; length min %d / median %s / max %d",
                source, sequences, events, distinctItems, minLength, formatMedian(), maxLength));
        if (!TextFile.encodingNote(encoding).isEmpty()) {
            lines.add(TextFile.encodingNote(encoding));
        }
        if (repeats.targets() > 0) {
            lines.add(repeatsText());
        }
        lines.addAll(SkippedLine.describe(skipped));
        return lines;
    }

    /** How often an item repeats an earlier item of its sequence, in one line. */
    public String repeatsText() {
        return String.format("repeats: %s of the items after a sequence's first repeat an earlier item of that"
                + " sequence; %,d of %,d sequences have a repeat", repeats.sharePercent(),
                repeats.sequencesWithRepeat(), sequences);
    }

    private String formatMedian() {
        return medianLength == Math.rint(medianLength) ? String.valueOf((long) medianLength) : String.valueOf(medianLength);
    }
}
