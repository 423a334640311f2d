package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final List<List<String>> SEQS = List.of(List.of("b", "a", "b"), List.of("c", "a", "d"));

    @Test
    void idsFollowFirstAppearanceStartingAtOne() {
        Vocabulary v = Vocabulary.build(SEQS, 1);
        assertEquals(List.of("b", "a", "c", "d"), v.tokens());
        assertEquals(4, v.size());
        assertEquals(1, v.id("b"));
        assertEquals(2, v.id("a"));
        assertEquals(4, v.id("d"));
        assertEquals("c", v.token(3));
        assertFalse(v.hasRare());
        assertEquals(-1, v.rareId());
        for (String t : v.tokens()) {
            assertNotEquals(Vocabulary.PADDING, v.id(t));
            assertEquals(v.id(t) - 1, v.itemClass(t));
        }
    }

    @Test
    void unknownTokens() {
        Vocabulary v = Vocabulary.build(SEQS, 1);
        assertEquals(-1, v.id("zzz"));
        assertEquals(-1, v.exactId("zzz"));
        assertEquals(-1, v.itemClass("zzz"));
        assertFalse(v.contains("zzz"));
        assertTrue(v.contains("a"));
    }

    @Test
    void rareItemsShareTheLastId() {
        // counts: b 2, a 2, c 1, d 1
        Vocabulary v = Vocabulary.build(SEQS, 2);
        assertEquals(List.of("b", "a", Vocabulary.RARE_TOKEN), v.tokens());
        assertTrue(v.hasRare());
        assertEquals(3, v.rareId());
        assertEquals(3, v.id("c"));
        assertEquals(3, v.id("d"));
        assertEquals(3, v.id("never seen"));
        assertEquals(-1, v.exactId("c"));
        assertEquals(-1, v.itemClass("c"));
        assertEquals(-1, v.itemClass(Vocabulary.RARE_TOKEN));
        assertEquals(0, v.itemClass("b"));
        assertEquals(1, v.itemClass("a"));
        assertFalse(v.contains(Vocabulary.RARE_TOKEN));
        assertFalse(v.contains("c"));
    }

    @Test
    void ofKeepsTheGivenOrder() {
        Vocabulary v = Vocabulary.of(List.of("x", "y", Vocabulary.RARE_TOKEN), true);
        assertEquals(2, v.id("y"));
        assertEquals(3, v.rareId());
        assertEquals(3, v.id("q"));
        assertEquals(-1, v.itemClass(Vocabulary.RARE_TOKEN));
    }
}
