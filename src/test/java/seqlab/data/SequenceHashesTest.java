package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SequenceHashesTest {

    private static final List<List<String>> TRAINED = List.of(List.of("1", "2", "3"), List.of("4", "2", "5"),
            List.of("1", "2"), List.of("1", "2"));

    @Test
    void holdsEachTrainedSequenceOnceAndNothingElse() {
        SequenceHashes h = SequenceHashes.of(TRAINED);
        assertEquals(3, h.size());
        assertTrue(h.contains(List.of("4", "2", "5")));
        assertFalse(h.contains(List.of("4", "2")));
        assertFalse(h.contains(List.of("5", "2", "4")), "order matters");
        assertFalse(h.contains(List.of("12", "3")), "item boundaries matter");
        assertNotEquals(SequenceHashes.hash(List.of("1", "23")), SequenceHashes.hash(List.of("12", "3")));
    }

    @Test
    void findsTheLongestTrainedPrefix() {
        SequenceHashes h = SequenceHashes.of(TRAINED);
        assertEquals(3, h.longestPrefix(List.of("1", "2", "3", "9")));
        assertEquals(3, h.longestPrefix(List.of("1", "2", "3")));
        assertEquals(2, h.longestPrefix(List.of("1", "2", "4")));
        assertEquals(0, h.longestPrefix(List.of("2", "1")));
    }

    @Test
    void theStoredFormComesBackTheSameAndIsChecked() {
        SequenceHashes h = SequenceHashes.of(TRAINED);
        byte[] bytes = h.toBytes();
        assertEquals(3 * 8, bytes.length);
        SequenceHashes back = SequenceHashes.fromBytes(bytes);
        assertTrue(back.contains(List.of("1", "2", "3")));
        assertThrows(IllegalArgumentException.class, () -> SequenceHashes.fromBytes(new byte[7]));
        byte[] unsorted = bytes.clone();
        System.arraycopy(bytes, 0, unsorted, 8, 8);
        assertThrows(IllegalArgumentException.class, () -> SequenceHashes.fromBytes(unsorted));
    }
}
