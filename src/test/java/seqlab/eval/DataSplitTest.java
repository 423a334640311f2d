package seqlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DataSplitTest {

    private static List<List<String>> sequences(int n) {
        List<List<String>> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(List.of("s" + i, "x", "y"));
        }
        return s;
    }

    private static List<List<String>> items(List<HeldOutSequence> held) {
        return held.stream().map(HeldOutSequence::items).toList();
    }

    @Test
    void holdoutIsDisjointCompleteAndSized() {
        List<List<String>> all = sequences(100);
        DataSplit split = DataSplit.of(all, SplitMethod.HOLDOUT, 0.1, 0.1, 1);
        assertEquals(80, split.train().size());
        assertEquals(10, split.validation().size());
        assertEquals(10, split.test().size());
        Set<List<String>> seen = new HashSet<>(split.train());
        seen.addAll(items(split.validation()));
        seen.addAll(items(split.test()));
        assertEquals(new HashSet<>(all), seen);
        assertEquals(100, seen.size());
        split.validation().forEach(h -> assertEquals(1, h.firstTarget()));
        split.test().forEach(h -> assertEquals(1, h.firstTarget()));
        // training keeps the original order
        List<List<String>> ordered = new ArrayList<>(split.train());
        ordered.sort((a, b) -> Integer.compare(Integer.parseInt(a.get(0).substring(1)),
                Integer.parseInt(b.get(0).substring(1))));
        assertEquals(ordered, split.train());
        assertEquals("holdout by sequence (seed 1): 80 train, 10 validation, 10 test sequences", split.note());
    }

    @Test
    void holdoutIsSeeded() {
        List<List<String>> all = sequences(100);
        DataSplit a = DataSplit.of(all, SplitMethod.HOLDOUT, 0.1, 0.1, 7);
        DataSplit b = DataSplit.of(all, SplitMethod.HOLDOUT, 0.1, 0.1, 7);
        DataSplit c = DataSplit.of(all, SplitMethod.HOLDOUT, 0.1, 0.1, 8);
        assertEquals(a, b);
        assertNotEquals(items(a.test()), items(c.test()));
        assertNotEquals(a.train(), c.train());
    }

    @Test
    void otherFractions() {
        DataSplit split = DataSplit.of(sequences(50), SplitMethod.HOLDOUT, 0.2, 0.0, 3);
        assertEquals(40, split.train().size());
        assertEquals(10, split.validation().size());
        assertEquals(0, split.test().size());
    }

    @Test
    void tooFewSequencesTrainOnAll() {
        List<List<String>> all = sequences(9);
        DataSplit split = DataSplit.of(all, SplitMethod.HOLDOUT, 0.1, 0.1, 1);
        assertEquals(all, split.train());
        assertTrue(split.validation().isEmpty());
        assertTrue(split.test().isEmpty());
        assertEquals("too few sequences to hold any out (9; at least 10 needed): trained on all, no held-out metrics",
                split.note());
        DataSplit ten = DataSplit.of(sequences(10), SplitMethod.HOLDOUT, 0.1, 0.1, 1);
        assertEquals(8, ten.train().size());
        assertEquals(1, ten.validation().size());
        assertEquals(1, ten.test().size());
    }

    @Test
    void fractionRoundingToNothingTrainsOnAll() {
        DataSplit split = DataSplit.of(sequences(10), SplitMethod.HOLDOUT, 0.04, 0.1, 1);
        assertEquals(10, split.train().size());
        assertTrue(split.validation().isEmpty());
    }

    @Test
    void noSplit() {
        DataSplit split = DataSplit.of(sequences(20), SplitMethod.NONE, 0.1, 0.1, 1);
        assertEquals(20, split.train().size());
        assertTrue(split.validation().isEmpty() && split.test().isEmpty());
        assertEquals("no split: trained on all 20 sequences", split.note());
    }

    @Test
    void leaveLastOut() {
        List<List<String>> all = List.of(List.of("a", "b", "c", "d", "e"), List.of("x", "y", "z"),
                List.of("p", "q", "r", "s"));
        DataSplit split = DataSplit.of(all, SplitMethod.LEAVE_LAST_OUT, 0.1, 0.1, 1);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("x", "y", "z"), List.of("p", "q")), split.train());
        assertEquals(List.of(new HeldOutSequence(List.of("a", "b", "c", "d"), 3),
                new HeldOutSequence(List.of("p", "q", "r"), 2)), split.validation());
        assertEquals(List.of(new HeldOutSequence(List.of("a", "b", "c", "d", "e"), 4),
                new HeldOutSequence(List.of("p", "q", "r", "s"), 3)), split.test());
        assertEquals("leave-last-out: each sequence's last item is a test target, the one before a validation target;"
                + " 1 sequence(s) shorter than 4 kept whole for training", split.note());
    }

    @Test
    void validationFile() {
        List<List<String>> train = sequences(3);
        List<List<String>> held = List.of(List.of("a"), List.of("a", "b"), List.of("c", "d", "e"));
        DataSplit split = DataSplit.withValidationFile(train, held, "val.txt");
        assertEquals(train, split.train());
        assertEquals(List.of(new HeldOutSequence(List.of("a", "b"), 1), new HeldOutSequence(List.of("c", "d", "e"), 1)),
                split.validation());
        assertEquals(split.validation(), split.test());
        assertEquals("trained on all 3 sequences; validation and test on val.txt (2 sequences)", split.note());
    }

    @Test
    void heldOutSequenceNeedsATargetAfterTheFirstItem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HeldOutSequence(List.of("a", "b"), 0));
        assertEquals("firstTarget must be at least 1", e.getMessage());
    }
}
