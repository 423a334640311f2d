package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestItemsTest {

    private static final float[][] VECTORS = {
        {1, 0}, // 0
        {2, 0.1f}, // 1: nearly the same direction
        {0, 1}, // 2: orthogonal
        {-3, 0}, // 3: opposite
        {0, 0}, // 4: no direction
        {0, 5}, // 5: orthogonal too, ties with 2
    };

    private static List<Integer> indices(List<NearestItems.Neighbour> ns) {
        return ns.stream().map(NearestItems.Neighbour::index).toList();
    }

    @Test
    void neighboursAreRankedByCosineWithoutTheItemItselfOrZeroVectors() {
        NearestItems nearest = new NearestItems(VECTORS);
        List<NearestItems.Neighbour> all = nearest.of(0, 10);
        assertEquals(List.of(1, 2, 5, 3), indices(all), "ties keep the lower index first");
        assertEquals(2 / Math.sqrt(4 + 0.01), all.get(0).similarity(), 1e-6);
        assertEquals(0, all.get(1).similarity(), 1e-9);
        assertEquals(-1, all.get(3).similarity(), 1e-9);
        assertEquals(List.of(1, 2), indices(nearest.of(0, 2)));
        assertEquals(List.of(5, 1), indices(nearest.of(2, 2)));
    }

    @Test
    void aZeroVectorHasNoNeighboursAndABadIndexIsRefused() {
        NearestItems nearest = new NearestItems(VECTORS);
        assertEquals(List.of(), nearest.of(4, 3));
        assertEquals(List.of(), nearest.of(0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> nearest.of(6, 3));
    }
}
