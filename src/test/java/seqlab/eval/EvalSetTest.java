package seqlab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

class EvalSetTest {

    private static final ToIntFunction<String> CLASS_OF =
            t -> Map.of("a", 0, "b", 1, "c", 2).getOrDefault(t, -1);

    @Test
    void unknownTargetsAndEmptyPrefixesAreCountedAndUnknownPrefixItemsSkipped() {
        EvalSet set = EvalSet.of(List.of(
                new HeldOutSequence(List.of("a", "x", "b", "c"), 1),
                new HeldOutSequence(List.of("y", "a"), 1)), CLASS_OF, 20);
        // targets: x unknown; b after [a]; c after [a, b] (x skipped); a after [y] -> empty prefix
        assertEquals(2, set.size());
        assertEquals(1, set.unknownTargets());
        assertEquals(1, set.emptyPrefixes());
        assertEquals(2, set.unknownPrefixItems());
        assertArrayEquals(new int[]{0}, set.prefixes().get(0));
        assertArrayEquals(new int[]{0, 1}, set.prefixes().get(1));
        assertArrayEquals(new int[]{1, 2}, set.targets());
    }

    @Test
    void prefixesKeepTheLastMaxLengthKnownItemsAndAreSortedByLength() {
        EvalSet set = EvalSet.of(List.of(
                new HeldOutSequence(List.of("a", "b", "c", "z", "a", "b"), 5),
                new HeldOutSequence(List.of("c", "b"), 1)), CLASS_OF, 3);
        assertEquals(2, set.size());
        assertArrayEquals(new int[]{2}, set.prefixes().get(0));
        assertArrayEquals(new int[]{1, 2, 0}, set.prefixes().get(1));
        assertArrayEquals(new int[]{1, 1}, set.targets());
        assertEquals(0, set.unknownTargets());
        assertEquals(1, set.unknownPrefixItems());
    }

    @Test
    void firstTargetSkipsEarlierPositions() {
        EvalSet set = EvalSet.of(List.of(new HeldOutSequence(List.of("a", "b", "c"), 2)), CLASS_OF, 20);
        assertEquals(1, set.size());
        assertArrayEquals(new int[]{0, 1}, set.prefixes().get(0));
        assertArrayEquals(new int[]{2}, set.targets());
    }

    @Test
    void allUnknown() {
        EvalSet set = EvalSet.of(List.of(new HeldOutSequence(List.of("q", "r", "a"), 1)), CLASS_OF, 20);
        assertTrue(set.isEmpty());
        assertEquals(1, set.unknownTargets());
        assertEquals(1, set.emptyPrefixes());
        assertEquals(2, set.unknownPrefixItems());
    }

    @Test
    void eachCaseKnowsItsWholeHistoryBeyondMaxLengthWithoutUnknownItems() {
        EvalSet set = EvalSet.of(List.of(new HeldOutSequence(List.of("a", "b", "x", "c", "a", "b"), 4)), CLASS_OF, 2);
        // targets: a after [b, c] (history a b c), b after [c, a] (history a b c a)
        assertEquals(2, set.size());
        assertArrayEquals(new int[]{1, 2}, set.prefixes().get(0));
        assertArrayEquals(new int[]{0, 1, 2}, set.history(0));
        assertArrayEquals(new int[]{2, 0}, set.prefixes().get(1));
        assertArrayEquals(new int[]{0, 1, 2, 0}, set.history(1));
        assertArrayEquals(new int[]{0, 1}, set.targets());
        // the cases of one sequence share its array of known items instead of copying it
        assertSame(set.histories().get(0), set.histories().get(1));
        assertArrayEquals(new int[]{3, 4}, set.historyEnds());
    }

    @Test
    void casesMadeFromPrefixesAloneHaveThePrefixAsHistory() {
        EvalSet set = new EvalSet(List.of(new int[]{2, 1}), new int[]{0}, 0, 0, 0);
        assertArrayEquals(new int[]{2, 1}, set.history(0));
    }

    @Test
    void sampledCasesKeepTheirHistories() {
        EvalSet set = EvalSet.of(List.of(new HeldOutSequence(List.of("a", "b", "c", "a", "b", "c", "a"), 1)),
                CLASS_OF, 2);
        EvalSet sample = set.sample(3, 5);
        for (int i = 0; i < sample.size(); i++) {
            int[] history = sample.history(i);
            int[] prefix = sample.prefixes().get(i);
            // the prefix is the history's tail, and the history is the sequence up to the target
            assertArrayEquals(prefix, java.util.Arrays.copyOfRange(history, history.length - prefix.length,
                    history.length));
            assertEquals(history.length % 3, sample.targets()[i]);
        }
    }

    @Test
    void sampleIsSeededAndKeepsPairs() {
        EvalSet set = EvalSet.of(List.of(new HeldOutSequence(List.of("a", "b", "c", "a", "b", "c", "a"), 1)),
                CLASS_OF, 1);
        assertEquals(6, set.size());
        assertSame(set, set.sample(6, 1));
        EvalSet s1 = set.sample(3, 5);
        EvalSet s2 = set.sample(3, 5);
        assertEquals(3, s1.size());
        assertArrayEquals(s1.targets(), s2.targets());
        for (int i = 0; i < 3; i++) {
            // with max length 1 every target is the successor of its single prefix item: a->b->c->a
            assertEquals((s1.prefixes().get(i)[0] + 1) % 3, s1.targets()[i]);
        }
    }
}
