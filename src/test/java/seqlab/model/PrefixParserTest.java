package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PrefixParserTest {

    private static final Set<String> KNOWN = Set.of("1", "2", "heat (1995)", "toy story (1995)", "parkay stick",
            "parkay", "american president, the (1995)");

    private static List<String> parse(String text) {
        return PrefixParser.parse(text, t -> KNOWN.contains(t.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void idsSplitAtSpacesAndCommas() {
        assertEquals(List.of("1", "2", "3"), parse("1 2,3"));
        assertEquals(List.of("1", "2"), PrefixParser.parse(" 1,  2 "));
    }

    @Test
    void aSingleMultiWordLabelNeedsNoSemicolon() {
        assertEquals(List.of("Heat (1995)"), parse("Heat (1995)"));
        assertEquals(List.of("American President, The (1995)"), parse("American President, The (1995)"));
    }

    @Test
    void wholeLabelsAreMatchedLongestFirstThenTheRestIsSplit() {
        assertEquals(List.of("Toy Story (1995)", "Heat (1995)", "1"), parse("Toy Story (1995) Heat (1995) 1"));
        assertEquals(List.of("Parkay stick", "Parkay"), parse("Parkay stick Parkay"));
        assertEquals(List.of("Heat", "(1996)"), parse("Heat (1996)"));
    }

    @Test
    void semicolonsStillSeparateLabelsAsTyped() {
        assertEquals(List.of("Toy Story (1995)", "Heat (1995)"), parse("Toy Story (1995); Heat (1995)"));
    }
}
