package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SequenceTextTest {

    @Test
    void plainItemsBecomeLinesThatReadBackTheSame() {
        SequenceData data = SequenceData.of("toy", List.of(List.of("1", "2", "3"), List.of("4", "2")));
        String text = SequenceText.of(data);
        assertEquals("1 2 3\n4 2\n", text);
        assertEquals(data.sequences(), new SequenceReader().read("toy", text).sequences());
    }

    @Test
    void itemsWithSpacesOrCommasBecomeATableThatReadsBackTheSame() {
        SequenceData data = SequenceData.of("shop.csv", List.of(List.of("Crème fraîche", "Pâté, fine", "tea"),
                List.of("tea", "say \"hi\"")));
        assertEquals(data.sequences(), new SequenceReader().read("shop.csv", SequenceText.of(data)).sequences());
    }
}
