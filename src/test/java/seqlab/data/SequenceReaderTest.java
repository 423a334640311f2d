package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceReaderTest {

    @TempDir
    Path dir;

    private static SequenceData auto(String text) {
        return new SequenceReader().read("editor", text);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void linesAreSplitBySpacesCommasAndTabs() {
        SequenceData data = auto("1 2,3\t4\n5,  6\t\t7\n");
        assertEquals(List.of(List.of("1", "2", "3", "4"), List.of("5", "6", "7")), data.sequences());
        assertEquals(List.of(), data.skipped());
        assertEquals("editor", data.source());
        assertEquals(7, data.eventCount());
    }

    @Test
    void blankLinesBetweenDataAreReportedCommentsAndTrailingBlanksAreNot() {
        SequenceData data = auto("# a comment\n1 2\n\n3 4\n   \n# another\n5\n\n\n");
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4"), List.of("5")), data.sequences());
        assertEquals(List.of(new SkippedLine(3, "empty line"), new SkippedLine(5, "empty line")), data.skipped());
    }

    @Test
    void lineOfOnlySeparatorsIsSkipped() {
        SequenceData data = auto("1 2\n , ,\n3\n");
        assertEquals(List.of(List.of("1", "2"), List.of("3")), data.sequences());
        assertEquals(List.of(new SkippedLine(2, "no items (only separators)")), data.skipped());
    }

    @Test
    void tableIsDetectedGroupedInOrderOfFirstAppearanceAndSortedStablyByTime() {
        SequenceData data = auto("""
                userId,movieId,rating,timestamp
                2,10,4,300
                1,20,3,200
                2,11,5,100
                1,21,3,200
                2,12,1,300
                1,22,1,150
                """);
        assertEquals(List.of(List.of("11", "10", "12"), List.of("22", "20", "21")), data.sequences());
        assertEquals(List.of(), data.skipped());
    }

    @Test
    void tableWithoutTimeColumnKeepsFileOrder() {
        SequenceData data = auto("session,item\nb,3\na,1\nb,2\na,5\n");
        assertEquals(List.of(List.of("3", "2"), List.of("1", "5")), data.sequences());
    }

    @Test
    void isoDatesOrderRows() {
        SequenceData data = auto("""
                user,item,date
                u,late,2021-03-01
                u,early,2020-12-31T23:59:59Z
                u,middle,2021-01-01T10:00:00
                """);
        assertEquals(List.of(List.of("early", "middle", "late")), data.sequences());
    }

    @Test
    void explicitColumnsAreUsed() {
        ReadOptions options = new ReadOptions(ReadOptions.Format.AUTO, "who", "what", "when");
        SequenceData data = new SequenceReader(options).read("x.csv", "when,what,who\n5,b,A\n1,a,A\n3,c,B\n");
        assertEquals(List.of(List.of("a", "b"), List.of("c")), data.sequences());
    }

    @Test
    void emptyTimeColumnOptionMeansFileOrder() {
        ReadOptions options = new ReadOptions(ReadOptions.Format.TABLE, null, null, "");
        SequenceData data = new SequenceReader(options).read("x.csv", "user,item,timestamp\nA,x,9\nA,y,1\n");
        assertEquals(List.of(List.of("x", "y")), data.sequences());
    }

    @Test
    void namedColumnThatDoesNotExistIsAnError() {
        ReadOptions options = new ReadOptions(ReadOptions.Format.AUTO, "user", "nope", null);
        DataException e = assertThrows(DataException.class,
                () -> new SequenceReader(options).read("x.csv", "user,item\n1,2\n"));
        assertEquals("x.csv:1: no column named 'nope'; the header has: user, item", e.getMessage());
    }

    @Test
    void tabSeparatedTable() {
        SequenceData data = auto("session_id\titem_id\ttime\ns1\ta, b\t2\ns1\tc\t1\ns2\td\t0\n");
        assertEquals(List.of(List.of("c", "a, b"), List.of("d")), data.sequences());
    }

    @Test
    void quotedFieldsMayHoldDelimitersAndEscapedQuotes() {
        SequenceData data = auto("user,item\n1,\"a, b\"\n1,\"say \"\"hi\"\"\"\n");
        assertEquals(List.of(List.of("a, b", "say \"hi\"")), data.sequences());
    }

    @Test
    void unusableRowsAreSkippedWithTheirLineNumbers() {
        SequenceData data = auto("""
                user,item,timestamp
                1,a,1
                1
                1,,2
                ,b,3
                1,c,yesterday
                1,"d,4

                1,e,0
                """);
        assertEquals(List.of(List.of("e", "a")), data.sequences());
        assertEquals(List.of(
                new SkippedLine(3, "has 1 field(s), the header has 3"),
                new SkippedLine(4, "empty item"),
                new SkippedLine(5, "empty sequence id"),
                new SkippedLine(6, "time 'yesterday' is neither a decimal number nor a date (ISO yyyy-MM-dd, dd/MM/yyyy,"
                        + " dd.MM.yyyy or yyyy-MM-dd HH:mm)"),
                new SkippedLine(7, "a quoted field is not closed")), data.skipped());
    }

    @Test
    void headerWithoutItemColumnNamesFileLineAndHeader() throws IOException {
        Path file = write("bad.csv", "userId,rating,timestamp\n1,4.0,100\n");
        ReadOptions table = new ReadOptions(ReadOptions.Format.TABLE, null, null, null);
        DataException e = assertThrows(DataException.class, () -> new SequenceReader(table).read(file));
        assertEquals(file + ":1: no item column (looked for itemid, item, productid, product, movieid, movie, ...);"
                + " the header has: userId, rating, timestamp; name it with --item-column", e.getMessage());
    }

    @Test
    void headerLineNumberCountsLeadingBlankLines() {
        ReadOptions table = new ReadOptions(ReadOptions.Format.TABLE, null, null, null);
        DataException e = assertThrows(DataException.class,
                () -> new SequenceReader(table).read("t.csv", "\n\nitem,rating\n1,2\n"));
        assertEquals("t.csv:3: no sequence column (looked for userid, user, sessionid, session, sequenceid,"
                + " sequence, ...); the header has: item, rating; name it with --sequence-column", e.getMessage());
    }

    @Test
    void sameColumnForSequenceAndItemIsAnError() {
        ReadOptions options = new ReadOptions(ReadOptions.Format.AUTO, "user", "User", null);
        DataException e = assertThrows(DataException.class,
                () -> new SequenceReader(options).read("t.csv", "user,item\n1,2\n"));
        assertEquals("t.csv:1: the sequence and item columns are the same column 'user'", e.getMessage());
    }

    @Test
    void tableWhoseRowsAreAllSkippedHasNoSequences() {
        DataException e = assertThrows(DataException.class, () -> auto("user,item\n1,\n2\n"));
        assertEquals("editor: no sequences found (2 line(s) skipped, first: line 2: empty item)", e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.txt", "");
        DataException e = assertThrows(DataException.class, () -> new SequenceReader().read(file));
        assertEquals(file + ": no data (the file is empty)", e.getMessage());
    }

    @Test
    void fileWithOnlyBlankLines() throws IOException {
        Path file = write("blank.txt", "\n   \n\t\n\n");
        DataException e = assertThrows(DataException.class, () -> new SequenceReader().read(file));
        assertEquals(file + ": no data (the file is empty)", e.getMessage());
    }

    @Test
    void fileWithOnlyCommentsHasNoSequences() {
        DataException e = assertThrows(DataException.class, () -> auto("# nothing\n# here\n"));
        assertEquals("editor: no sequences found", e.getMessage());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.txt");
        DataException e = assertThrows(DataException.class, () -> new SequenceReader().read(file));
        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void fileAndTextGiveTheSameSequences() throws IOException {
        String text = "user,item\n1,a\n2,b\n1,c\n";
        Path file = write("t.csv", text);
        SequenceData fromFile = new SequenceReader().read(file);
        assertEquals(file.toString(), fromFile.source());
        assertEquals(auto(text).sequences(), fromFile.sequences());
        assertEquals(List.of(List.of("a", "c"), List.of("b")), fromFile.sequences());
    }

    @Test
    void explicitLinesFormatRefusesATableHeaderInsteadOfReadingItAsItems() {
        ReadOptions lines = new ReadOptions(ReadOptions.Format.LINES, null, null, null);
        DataException e = assertThrows(DataException.class,
                () -> new SequenceReader(lines).read("e.csv", "# exported\nuser,item\n1,2\n"));
        assertEquals("e.csv:2: the first line looks like a table header ('user,item'), but the file is read as lines"
                + " (one sequence per line): read it as a table (--format table or auto)", e.getMessage());
    }

    @Test
    void aLinesFilesOneWordHeaderIsSkippedAndReported() {
        SequenceData data = auto("Items\n1 2 3\n2 3\n");
        assertEquals(List.of(List.of("1", "2", "3"), List.of("2", "3")), data.sequences());
        assertEquals(List.of(new SkippedLine(1, "looks like a header ('Items'), not a sequence: not read as items")),
                data.skipped());
        ReadOptions lines = new ReadOptions(ReadOptions.Format.LINES, null, null, null);
        assertEquals(data.sequences(), new SequenceReader(lines).read("e", "user items\n1 2 3\n2 3\n").sequences());
    }

    @Test
    void aFirstLineOfHeaderWordsThatAreAlsoItemsIsData() {
        SequenceData data = auto("event\nevent login\n");
        assertEquals(List.of(List.of("event"), List.of("event", "login")), data.sequences());
        assertEquals(List.of(), data.skipped());
    }

    @Test
    void columnsCannotBeNamedForTheLinesFormat() {
        DataException e = assertThrows(DataException.class,
                () -> new ReadOptions(ReadOptions.Format.LINES, null, "item", null));
        assertTrue(e.getMessage().startsWith("columns apply only to tables (item column 'item' named)"), e.getMessage());
        assertEquals(ReadOptions.Format.LINES, new ReadOptions(ReadOptions.Format.LINES, null, null, "").format());
    }

    @Test
    void nonDecimalTimesAreSkippedAndReportedWithTheirLines() {
        SequenceData data = auto("""
                user,item,time
                1,a,3
                1,b,NaN
                1,c,0x1p3
                1,d,1e3
                1,e,-Infinity
                1,f,+infinity
                1,g,2d
                1,h,0x10
                1,i,-.5
                1,j,1.5E+0
                """);
        assertEquals(List.of(List.of("i", "j", "a", "d")), data.sequences());
        assertEquals(List.of(
                new SkippedLine(3, "time 'NaN' is not a finite number"),
                new SkippedLine(4, "time '0x1p3' is hexadecimal; times are decimal numbers or dates"),
                new SkippedLine(6, "time '-Infinity' is not a finite number"),
                new SkippedLine(7, "time '+infinity' is not a finite number"),
                new SkippedLine(8, "time '2d' is neither a decimal number nor a date (ISO yyyy-MM-dd, dd/MM/yyyy,"
                        + " dd.MM.yyyy or yyyy-MM-dd HH:mm)"),
                new SkippedLine(9, "time '0x10' is hexadecimal; times are decimal numbers or dates")),
                data.skipped());
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsSkippedRatherThanReadWithShiftedColumns() {
        SequenceData data = auto("user,item\n1,Pear, green\n1,Apple,\n1,\"Plum, red\"\n");
        assertEquals(List.of(List.of("Apple", "Plum, red")), data.sequences());
        assertEquals(List.of(new SkippedLine(2, "has 3 field(s), the header has 2 (a value holding ',' needs double"
                + " quotes)")), data.skipped());
    }

    @Test
    void timesMixingNumbersAndDatesAreNotOrderedTogether() {
        SequenceData data = auto("user,item,time\n1,a,2024-03-01\n1,b,5\n1,c,2024-01-01T10:00:00Z\n");
        assertEquals(List.of(List.of("c", "a")), data.sequences());
        assertEquals(List.of(new SkippedLine(3, "time '5' is a number, but line 2 holds an ISO date (they cannot be"
                + " ordered together)")), data.skipped());
    }

    @Test
    void longTimestampsKeepTheirOrderBeyondDoublePrecision() {
        SequenceData data = auto("user,item,time\n1,a,1700000000000000002\n1,b,1700000000000000001\n");
        assertEquals(List.of(List.of("b", "a")), data.sequences());
    }

    @Test
    void withMinLengthDropsShortSequencesAndRecordsThem() {
        SequenceData data = auto("1\n2 3\n4 5 6\n7\n");
        SequenceData kept = data.withMinLength(2);
        assertEquals(List.of(List.of("2", "3"), List.of("4", "5", "6")), kept.sequences());
        assertEquals(List.of(new SkippedLine(0, "2 sequence(s) shorter than the minimum length 2")), kept.skipped());
    }

    @Test
    void movieLensRatings() {
        SequenceData data = new SequenceReader().read(Path.of("sample-data/movielens-small/ratings.csv"));
        assertEquals(671, data.sequences().size());
        assertEquals(100_004, data.eventCount());
        assertEquals(List.of(), data.skipped());
        // user 1, ordered by timestamp (checked against the raw file with sort -s)
        assertEquals(List.of("2294", "2455", "3671", "1339", "1343", "1371", "2105", "31", "1293", "1263"),
                data.sequences().get(0).subList(0, 10));
        assertEquals(20, data.sequences().get(0).size());
        // user 2: the first four ratings share timestamp 835355395 and keep file order
        assertEquals(List.of("150", "296", "590", "592", "153", "165", "349", "588"),
                data.sequences().get(1).subList(0, 8));
    }
}
