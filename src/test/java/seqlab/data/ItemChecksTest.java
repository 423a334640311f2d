package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ItemChecksTest {

    private static List<String> notes(String text) {
        return ItemChecks.notes(new SequenceReader().read("t.txt", text));
    }

    @Test
    void aLoneWordAmongNumericIdsIsNamedNotDropped() {
        String text = "1 2 3 4 5\n6 7 8 9 10\n1 x\n";
        assertEquals(List.of("'x' (first in sequence 3) is the only non-numeric item among 10 numeric ones: a"
                + " typing slip? (kept as an item)"), notes(text));
        assertEquals(List.of("1", "x"), new SequenceReader().read("t.txt", text).sequences().get(2));
    }

    @Test
    void wordsAsItemsAreNotOdd() {
        assertEquals(List.of(), notes("tea coffee milk\nmilk tea 1\nbread jam butter\n"));
        assertEquals(List.of(), notes("1 2 x\n"), "too few items to tell");
    }

    @Test
    void singleItemSequencesAreCountedAsLeftOutOfTraining() {
        assertEquals(List.of("2 sequence(s) of a single item: training leaves them out (no item follows)"),
                notes("1 2 3\n4\n5\n"));
    }
}
