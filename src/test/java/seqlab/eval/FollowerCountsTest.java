package seqlab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FollowerCountsTest {

    // the toy data 1 2 3 / 4 2 5 / 1 2 / 1 2 4 5 with items as classes 0..4
    private static final List<int[]> TOY = List.of(new int[]{0, 1, 2}, new int[]{3, 1, 4}, new int[]{0, 1},
            new int[]{0, 1, 3, 4});

    @Test
    void countsWhatFollowedEachBeginningOfTheToySequences() {
        FollowerCounts f = FollowerCounts.fit(TOY, 5, 10);
        assertEquals(Map.of(0, 3, 3, 1), f.afterBeginning(new int[0]));
        assertEquals(Map.of(1, 3), f.afterBeginning(new int[]{0}));
        assertEquals(Map.of(2, 1, 3, 1), f.afterBeginning(new int[]{0, 1}), "1 2 ended once, went on to 3 and 4");
        assertEquals(3, f.beginnings(new int[]{0, 1}));
        assertEquals(Map.of(4, 1), f.afterBeginning(new int[]{0, 1, 3}));
        assertEquals(Map.of(), f.afterBeginning(new int[]{0, 1, 2}), "1 2 3 occurs but always ended");
        assertEquals(1, f.beginnings(new int[]{0, 1, 2}));
        assertEquals(Map.of(), f.afterBeginning(new int[]{1}), "no sequence begins with 2");
        assertEquals(0, f.beginnings(new int[]{1}));
        assertTrue(f.complete());
    }

    @Test
    void countsWhatFollowedEachPairAnywhere() {
        FollowerCounts f = FollowerCounts.fit(TOY, 5, 10);
        assertEquals(Map.of(2, 1, 3, 1), f.afterPair(0, 1));
        assertEquals(Map.of(4, 1), f.afterPair(3, 1));
        assertEquals(Map.of(4, 1), f.afterPair(1, 3));
        assertEquals(Map.of(), f.afterPair(1, 2), "2 3 always ended its sequence");
        assertEquals(Map.of(), f.afterPair(4, 0));
    }

    @Test
    void beginningsLongerThanTheDepthAreNotStored() {
        FollowerCounts f = FollowerCounts.fit(TOY, 5, 2);
        assertEquals(Map.of(2, 1, 3, 1), f.afterBeginning(new int[]{0, 1}));
        assertNull(f.afterBeginning(new int[]{0, 1, 3}));
        assertEquals(-1, f.beginnings(new int[]{0, 1, 3}));
    }

    @Test
    void theStoredFormReadsBackToTheSameCounts() {
        FollowerCounts f = FollowerCounts.fit(random(500, 30, 1), 30, 6);
        byte[] bytes = f.toBytes();
        FollowerCounts back = FollowerCounts.fromBytes(bytes, 30);
        assertArrayEquals(bytes, back.toBytes());
        assertEquals(f.afterBeginning(new int[]{3, 4}), back.afterBeginning(new int[]{3, 4}));
        assertEquals(f.afterPair(3, 4), back.afterPair(3, 4));
    }

    @Test
    void damagedStoredFormsAreRefusedWithAReason() {
        byte[] bytes = FollowerCounts.fit(TOY, 5, 10).toBytes();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FollowerCounts.fromBytes(bytes, 6))
                .getMessage().contains("5 items, but the model has 6"));
        assertThrows(IllegalArgumentException.class,
                () -> FollowerCounts.fromBytes(Arrays.copyOf(bytes, bytes.length - 4), 5));
        byte[] item = bytes.clone();
        item[7 * 4 + 12 + 3] = 9; // the first child's item
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FollowerCounts.fromBytes(item, 5))
                .getMessage().contains("names item 9"));
    }

    @Test
    void aCapLeavesOutOnlyTheRarestAndKeepsEveryOtherCountExact() {
        List<int[]> data = random(3000, 40, 2);
        FollowerCounts full = FollowerCounts.fit(data, 40, 8);
        FollowerCounts capped = FollowerCounts.fit(data, 40, 8, 500, 800);
        assertTrue(capped.prefixMinCount() > 1 && capped.pairMinCount() > 1, "the data needs more than the cap");
        assertTrue(capped.entries() <= 500 + 800);
        for (int a = 0; a < 40; a++) {
            assertEquals(atLeast(full.afterBeginning(new int[]{a}), capped.prefixMinCount()),
                    capped.afterBeginning(new int[]{a}));
            for (int b = 0; b < 40; b++) {
                assertEquals(atLeast(full.afterPair(a, b), capped.pairMinCount()), capped.afterPair(a, b));
            }
        }
    }

    @Test
    void aHundredThousandSequencesStayWithinTheCap() {
        List<int[]> data = random(100_000, 2000, 3);
        FollowerCounts f = FollowerCounts.fit(data, 2000, 20);
        assertTrue(f.toBytes().length <= FollowerCounts.maxBytes());
        assertTrue(FollowerCounts.maxBytes() < 7_000_000);
        System.out.println("follower counts of 100,000 sequences: " + f.toBytes().length + " bytes, min counts "
                + f.prefixMinCount() + "/" + f.pairMinCount());
        assertTrue(f.prefixMinCount() > 1, "100,000 random sequences have more distinct beginnings than the cap");
    }

    private static Map<Integer, Integer> atLeast(Map<Integer, Integer> m, int min) {
        Map<Integer, Integer> kept = new HashMap<>();
        m.forEach((k, v) -> {
            if (v >= min) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    /** Sequences with a skewed item distribution, so counts differ. */
    private static List<int[]> random(int n, int items, long seed) {
        Random r = new Random(seed);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] s = new int[2 + r.nextInt(12)];
            for (int k = 0; k < s.length; k++) {
                s[k] = (int) Math.min(items - 1, Math.abs(r.nextGaussian()) * items / 4);
            }
            out.add(s);
        }
        return out;
    }
}
