package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SequenceIdsTest {

    @Test
    void aTablesSequencesAreNamedByTheirSequenceColumnInOrderOfFirstAppearance() {
        SequenceData data = new SequenceReader().read("t.csv", """
                customer_id,product_id,timestamp
                c-9,1,5
                "Müller, A.",2,1
                c-9,3,2
                7,4,1
                """);
        assertEquals(List.of("c-9", "Müller, A.", "7"), data.ids());
        assertEquals(List.of(List.of("3", "1"), List.of("2"), List.of("4")), data.sequences());
    }

    @Test
    void aFileOfLinesNamesEachSequenceByItsLineNumber() {
        SequenceData data = new SequenceReader().read("l.txt", "1 2 3\n# a comment\n\n4 2 5\n,,\n1 2\n");
        assertEquals(List.of("1", "4", "6"), data.ids());
        assertEquals(List.of("1", "4", "6"), data.withEncoding(TextFile.UTF_8).ids());
    }

    @Test
    void theMinimumLengthKeepsEachIdWithItsSequence() {
        SequenceData data = new SequenceReader().read("l.txt", "1\n1 2\n3\n4 5 6\n");
        SequenceData kept = data.withMinLength(2);
        assertEquals(List.of("2", "4"), kept.ids());
        assertEquals(List.of(List.of("1", "2"), List.of("4", "5", "6")), kept.sequences());
    }

    @Test
    void dataFromMemoryIsNumberedFromOneAndIdsMustMatchTheSequences() {
        assertEquals(List.of("1", "2"), SequenceData.of("m", List.of(List.of("a"), List.of("b"))).ids());
        assertThrows(IllegalArgumentException.class,
                () -> new SequenceData("m", List.of(List.of("a")), List.of(), null, List.of("x", "y")));
    }

    @Test
    void quotedFieldsReadBackAsTheyWere() {
        for (String field : List.of("plain", "a,b", "say \"hi\"", "two\nlines", "")) {
            String quoted = CsvSplitter.quote(field);
            if (!field.contains("\n")) {
                assertEquals(List.of(field, "x"), CsvSplitter.split(quoted + ",x", ','), quoted);
            }
        }
        assertEquals("plain", CsvSplitter.quote("plain"));
        assertEquals("\" padded \"", CsvSplitter.quote(" padded "));
        assertEquals("\"two\nlines\"", CsvSplitter.quote("two\nlines"));
    }
}
