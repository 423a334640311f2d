package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DataSummaryTest {

    private static final SequenceData DATA = SequenceData.of("src", List.of(
            List.of("a", "b", "a"), List.of("c"), List.of("b", "b", "b", "b"), List.of("d", "c")));

    @Test
    void countsMedianAndTopItems() {
        DataSummary s = DataSummary.of(DATA, 3);
        assertEquals(4, s.sequences());
        assertEquals(10, s.events());
        assertEquals(4, s.distinctItems());
        assertEquals(1, s.minLength());
        assertEquals(2.5, s.medianLength());
        assertEquals(4, s.maxLength());
        // b 5, a 2, c 2 (ties by token), d 1
        assertEquals(List.of(new DataSummary.ItemCount("b", 5), new DataSummary.ItemCount("a", 2),
                new DataSummary.ItemCount("c", 2)), s.topItems());
        assertEquals(List.of("src: 4 sequences, 10 events, 4 distinct items; length min 1 / median 2.5 / max 4",
                "repeats: 66.7% of the items after a sequence's first repeat an earlier item of that sequence;"
                        + " 2 of 4 sequences have a repeat"), s.describe());
    }

    @Test
    void oddCountMedianAndEmptyData() {
        DataSummary odd = DataSummary.of(SequenceData.of("x", List.of(List.of("1"), List.of("1", "2", "3"),
                List.of("1", "2", "3", "4", "5"))), 1);
        assertEquals(3.0, odd.medianLength());
        assertEquals(List.of(new DataSummary.ItemCount("1", 3)), odd.topItems());
        assertEquals("x: 3 sequences, 9 events, 5 distinct items; length min 1 / median 3 / max 5",
                odd.describe().get(0));
        DataSummary empty = DataSummary.of(SequenceData.of("e", List.of()), 5);
        assertEquals(0, empty.sequences());
        assertEquals(0.0, empty.medianLength());
        assertEquals(0, empty.maxLength());
    }

    @Test
    void describeListsSkippedLinesInOrderUpToTen() {
        List<SkippedLine> skipped = new ArrayList<>();
        for (int line = 13; line >= 2; line--) {
            skipped.add(new SkippedLine(line, "empty line"));
        }
        SequenceData data = new SequenceData("f", List.of(List.of("1")), skipped);
        List<String> lines = DataSummary.of(data, 0).describe();
        // no line on repeats: a single item has nothing before it to repeat
        assertEquals(12, lines.size());
        assertEquals("  skipped line 2: empty line", lines.get(1));
        assertEquals("  skipped line 11: empty line", lines.get(10));
        assertEquals("  ... and 2 more skipped", lines.get(11));
    }

    @Test
    void repeatsCountItemsThatOccurredEarlierInTheirOwnSequence() {
        // targets: b, a (repeat) | - | b, b, b (3 repeats) | c: 6 targets, 4 repeats, 2 sequences with one
        Repeats r = DataSummary.of(DATA, 0).repeats();
        assertEquals(new Repeats(6, 4, 4, 2), r);
        assertEquals(4 / 6.0, r.share(), 1e-12);
        assertEquals("66.7%", r.sharePercent());
        // the same item in two different sequences is no repeat
        Repeats none = Repeats.of(List.of(List.of("a", "b"), List.of("b", "a"), List.of("c")));
        assertEquals(new Repeats(2, 0, 3, 0), none);
        assertEquals(0.0, none.share());
        assertEquals("0.0%", none.sharePercent());
        assertTrue(Double.isNaN(Repeats.of(List.of(List.of("a"))).share()));
    }

    @Test
    void aFewRepeatsAmongManyItemsAreNotShownAsZero() {
        List<String> longSequence = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            longSequence.add("i" + i);
        }
        longSequence.add("i0");
        Repeats r = Repeats.of(List.of(longSequence));
        assertEquals(1, r.repeats());
        assertEquals("<0.1%", r.sharePercent());
        assertTrue(r.share() < 0.001);
    }

    @Test
    void lengthHistogram() {
        // lengths 3, 1, 4, 2 into 2 buckets up to 4: (len-1)*2/4 -> 1, 0, 1, 0
        assertArrayEquals(new int[]{2, 2}, DataSummary.lengthHistogram(DATA, 2, 4));
        // 4 buckets: 2, 0, 3, 1
        assertArrayEquals(new int[]{1, 1, 1, 1}, DataSummary.lengthHistogram(DATA, 4, 4));
        // lengths beyond maxLength go to the last bucket
        assertArrayEquals(new int[]{1, 3}, DataSummary.lengthHistogram(DATA, 2, 2));
        assertArrayEquals(new int[]{0, 0, 0}, DataSummary.lengthHistogram(DATA, 3, 0));
    }

    @Test
    void fingerprintDependsOnContentNotSource() {
        SequenceData lines = new SequenceReader().read("editor", "1 2 3\n4 5\n");
        SequenceData table = new SequenceReader().read("t.csv", "user,item\nA,1\nB,4\nA,2\nB,5\nA,3\n");
        DataFingerprint f1 = DataFingerprint.of(lines);
        DataFingerprint f2 = DataFingerprint.of(table);
        assertTrue(f1.sameContent(f2));
        assertEquals(f1.sha256(), f2.sha256());
        assertEquals(64, f1.sha256().length());
        assertEquals("editor", f1.source());
        assertEquals("t.csv", f2.source());
        assertEquals(2, f1.sequences());
        assertEquals(5, f1.events());
        assertFalse(f1.sameContent(null));
        DataFingerprint regrouped = DataFingerprint.of(SequenceData.of("x",
                List.of(List.of("1", "2"), List.of("3", "4", "5"))));
        assertFalse(f1.sameContent(regrouped));
        DataFingerprint joined = DataFingerprint.of(SequenceData.of("x", List.of(List.of("12", "3"), List.of("4", "5"))));
        assertFalse(f1.sameContent(joined));
    }

    @Test
    void syntheticSequencesAreDeterministicPerSeed() {
        SequenceData a = SyntheticSequences.generate(50, 20, 6, 7);
        SequenceData b = SyntheticSequences.generate(50, 20, 6, 7);
        SequenceData c = SyntheticSequences.generate(50, 20, 6, 8);
        assertEquals(a.sequences(), b.sequences());
        assertNotEquals(a.sequences(), c.sequences());
        assertEquals(50, a.sequences().size());
        assertEquals("synthetic(50 sequences, 20 items, mean length 6, seed 7)", a.source());
        Set<String> allowed = new HashSet<>();
        for (int i = 1; i <= 20; i++) {
            allowed.add(Integer.toString(i));
        }
        for (List<String> s : a.sequences()) {
            assertTrue(s.size() >= 2 && s.size() <= 10, "length " + s.size());
            assertTrue(allowed.containsAll(s), s.toString());
        }
    }

    @Test
    void syntheticSequencesRejectImpossibleSizes() {
        DataException e = assertThrows(DataException.class, () -> SyntheticSequences.generate(10, 1, 5, 1));
        assertEquals("synthetic data needs at least 1 sequence, 2 items and mean length 2", e.getMessage());
    }
}
