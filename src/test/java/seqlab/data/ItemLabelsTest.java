package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemLabelsTest {

    @TempDir
    Path dir;

    @Test
    void movieLensTitlesWithQuotedCommas() {
        ItemLabels labels = ItemLabels.read(Path.of("sample-data/movielens-small/movies.csv"));
        // five movies have an empty title: their rows are reported, and they show as their ids
        assertEquals(9061, labels.labels().size());
        assertEquals(new SkippedLine(8478, "empty label for id '108548'"), labels.skipped().get(0));
        assertEquals(5, labels.skipped().size());
        assertEquals("108548", labels.display("108548"));
        assertEquals(Optional.of("Toy Story (1995)"), labels.labelOf("1"));
        assertEquals("American President, The (1995)", labels.display("11"));
        assertEquals("City of Lost Children, The (Cité des enfants perdus, La) (1995)", labels.display("29"));
        assertEquals("Cry, the Beloved Country (1995)", labels.display("40"));
        assertEquals("11", labels.tokensByLabel().get("american president, the (1995)"));
    }

    @Test
    void margarineBrands() {
        ItemLabels labels = ItemLabels.read(Path.of("sample-data/margarine/items.csv"));
        assertEquals(10, labels.labels().size());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), List.copyOf(labels.labels().keySet()));
        assertEquals("Parkay stick", labels.display("1"));
        assertEquals("Shedd's Spread tub", labels.display("7"));
        assertEquals("House brand tub", labels.display("10"));
        assertEquals("99", labels.display("99"));
        assertEquals(Optional.empty(), labels.labelOf("99"));
        assertEquals("8", labels.tokensByLabel().get("parkay tub"));
        assertEquals(10, labels.tokensByLabel().size());
    }

    @Test
    void labelColumnIsFoundByNameAndFirstLabelWinsInTokensByLabel() throws IOException {
        Path file = dir.resolve("l.csv");
        Files.writeString(file, "id,genre,name\n1,x,Same\n2,y,same\n3\n\n,z,Nameless\n4,w,Other\n");
        ItemLabels labels = ItemLabels.read(file);
        assertEquals(Map.of("1", "Same", "2", "same", "4", "Other"), labels.labels());
        assertEquals(List.of(new SkippedLine(4, "has 1 field(s); the label is column 3 ('name')"),
                new SkippedLine(6, "empty id")), labels.skipped());
        assertEquals(Map.of("same", "1", "other", "4"), labels.tokensByLabel());
    }

    @Test
    void aRepeatedIdKeepsItsFirstLabelAndEveryUnusedRowIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, "id,name\n1,Apple\n2,Pear\n1,Banana\n3,\n2,Pear\n5,\"Plum\n");
        ItemLabels labels = ItemLabels.read(file);
        assertEquals(Map.of("1", "Apple", "2", "Pear"), labels.labels());
        assertEquals(List.of(
                new SkippedLine(4, "id '1' is already labelled 'Apple' on line 2; the first label is kept, this row's"
                        + " 'Banana' is not used"),
                new SkippedLine(5, "empty label for id '3'"),
                new SkippedLine(6, "id '2' repeats line 3 (same label)"),
                new SkippedLine(7, "a quoted field is not closed")), labels.skipped());
        assertEquals(file.toString(), labels.source());
        assertEquals(List.of(file + ": 2 labels, 4 row(s) skipped",
                "  skipped line 4: id '1' is already labelled 'Apple' on line 2; the first label is kept, this row's"
                        + " 'Banana' is not used",
                "  skipped line 5: empty label for id '3'",
                "  skipped line 6: id '2' repeats line 3 (same label)",
                "  skipped line 7: a quoted field is not closed"), labels.describe());
    }

    @Test
    void aRowWithAnUnquotedCommaInItsLabelIsReportedNotCut() throws IOException {
        Path file = dir.resolve("comma.csv");
        Files.writeString(file, "id,name\n1,Pear, green\n2,Apple,\n3,\"Plum, red\"\n");
        ItemLabels labels = ItemLabels.read(file);
        assertEquals(Map.of("2", "Apple", "3", "Plum, red"), labels.labels());
        assertEquals(List.of(new SkippedLine(2, "has 3 field(s), the header has 2 (a value holding ',' needs double"
                + " quotes)")), labels.skipped());
    }

    @Test
    void aCleanFileDescribesItselfInOneLine() {
        Path file = Path.of("sample-data/margarine/items.csv");
        assertEquals(List.of(file + ": 10 labels"), ItemLabels.read(file).describe());
    }

    @Test
    void aFileWithoutAUsableRowIsRefused() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,name\n1\n,x\n");
        DataException e = assertThrows(DataException.class, () -> ItemLabels.read(file));
        assertEquals(file + ": no labels found (2 row(s) skipped, first: line 2: has 1 field(s); the label is column 2"
                + " ('name'))", e.getMessage());
        Files.writeString(file, "id,name\n\n");
        assertEquals(file + ": no labels found (only a header)",
                assertThrows(DataException.class, () -> ItemLabels.read(file)).getMessage());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.csv");
        DataException e = assertThrows(DataException.class, () -> ItemLabels.read(file));
        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        DataException e = assertThrows(DataException.class, () -> ItemLabels.read(file));
        assertEquals(file + ": no data (the labels file is empty)", e.getMessage());
    }

    @Test
    void oneColumnHeader() throws IOException {
        Path file = dir.resolve("one.csv");
        Files.writeString(file, "id\n1\n");
        DataException e = assertThrows(DataException.class, () -> ItemLabels.read(file));
        assertEquals(file + ":1: a labels file needs two columns (id,label); the header has 1", e.getMessage());
    }
}
