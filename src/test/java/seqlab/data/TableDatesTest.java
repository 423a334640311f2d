package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TableDatesTest {

    private static final ReadOptions PURCHASES = new ReadOptions(ReadOptions.Format.TABLE, "customer_id",
            "product_name", "purchase_date");

    private static TableRead read(ReadOptions options, String text) {
        return new SequenceReader(options).readTable("purchases.csv", text);
    }

    private static TableRead purchases(String... rows) {
        return read(PURCHASES, "customer_id,product_name,purchase_date,price\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void dayFirstSlashedDatesOrderRowsAndAreNamedWithTheRuleThatDecided() {
        TableRead read = purchases("c1,milk,13/01/2024,1.0", "c1,bread,02/01/2024,2.0", "c2,tea,05/02/2024,3.0",
                "c2,jam,04/03/2024,1.5");
        assertEquals(List.of(List.of("bread", "milk"), List.of("tea", "jam")), read.data().sequences());
        assertEquals("times read as dates dd/MM/yyyy (day first: a value above 12 in the first field)", read.timeNote());
        assertEquals(List.of(), read.data().skipped());
    }

    @Test
    void aValueAbove12InTheSecondFieldMeansMonthFirst() {
        TableRead read = purchases("c1,milk,01/13/2024,1", "c1,bread,02/01/2024,2");
        // month first: milk on 13 January, bread on 1 February
        assertEquals(List.of(List.of("milk", "bread")), read.data().sequences());
        assertEquals("times read as dates MM/dd/yyyy (month first: a value above 12 in the second field)",
                read.timeNote());
    }

    @Test
    void slashedDatesThatCannotBeToldApartAreReadDayFirstAndSaySo() {
        TableRead read = purchases("c1,milk,02/01/2024,1", "c1,bread,01/02/2024,2");
        // day first: milk on 2 January, bread on 1 February
        assertEquals(List.of(List.of("milk", "bread")), read.data().sequences());
        assertTrue(read.timeNote().endsWith("(day first: no value above 12 in either field, so day and month cannot"
                + " be told apart)"), read.timeNote());
    }

    @Test
    void dottedDatesAndSpacedDateTimesAreRead() {
        assertEquals(List.of(List.of("b", "a")), purchases("c,a,02.01.2024,1", "c,b,31.12.2023,1").data().sequences());
        assertEquals("times read as dates dd.MM.yyyy", purchases("c,a,02.01.2024,1").timeNote());
        TableRead spaced = purchases("c,a,2024-01-01 10:30,1", "c,b,2024-01-01 09:15:59,1");
        assertEquals(List.of(List.of("b", "a")), spaced.data().sequences());
        assertEquals("times read as dates yyyy-MM-dd HH:mm[:ss]", spaced.timeNote());
        TableRead withTime = purchases("c,a,01/02/2024 10:30,1", "c,b,01/02/2024 09:00,1");
        assertEquals(List.of(List.of("b", "a")), withTime.data().sequences());
    }

    @Test
    void isoDatesStillReadAndDatesOfDifferentFormsOrderTogether() {
        TableRead read = purchases("c,a,2024-01-03,1", "c,b,02/01/2024,1", "c,d,2024-01-01T00:00:00Z,1");
        assertEquals(List.of(List.of("d", "b", "a")), read.data().sequences());
        assertTrue(read.timeNote().startsWith("times read as ISO dates and dates dd/MM/yyyy"), read.timeNote());
    }

    @Test
    void epochSecondsAreNumbersNamedAsEpochSecondsWithTheirDays() {
        TableRead read = purchases("c,a,1704153600,1", "c,b,1704067200,1");
        assertEquals(List.of(List.of("b", "a")), read.data().sequences());
        assertEquals("times read as epoch seconds (2024-01-01 to 2024-01-02)", read.timeNote());
        assertEquals("times read as numbers", purchases("c,a,3,1", "c,b,1.5,1").timeNote());
    }

    @Test
    void rowsThatFailAreListedWithTheirLineAndReason() {
        TableRead read = purchases("c,a,01/01/2024,1", "c,b,31/02/2024,1", "c,x,yesterday,1", "c,y", "c,z,,1",
                "c,w,1704067200,1");
        assertEquals(List.of(List.of("a")), read.data().sequences());
        assertEquals(List.of(
                new SkippedLine(3, "time '31/02/2024' is not a valid date (read as dates dd/MM/yyyy)"),
                new SkippedLine(4, "time 'yesterday' is neither a decimal number nor a date (ISO yyyy-MM-dd,"
                        + " dd/MM/yyyy, dd.MM.yyyy or yyyy-MM-dd HH:mm)"),
                new SkippedLine(5, "has 2 field(s), the header has 4"),
                new SkippedLine(6, "empty time"),
                new SkippedLine(7, "time '1704067200' is a number, but line 2 holds a date dd/MM/yyyy (they cannot be"
                        + " ordered together)")), read.data().skipped());
    }

    @Test
    void aMonthAbove12IsRefusedOnceDayFirstIsDecided() {
        TableRead read = purchases("c,a,13/01/2024,1", "c,b,01/13/2024,1");
        assertEquals(List.of(new SkippedLine(3, "time '01/13/2024' is not a valid date (read as dates dd/MM/yyyy)")),
                read.data().skipped());
    }

    @Test
    void aLabelColumnGivesTheItemLabelsFirstRowWins() {
        TableRead read = read(new ReadOptions(ReadOptions.Format.TABLE, "customer_id", "product_id", "", null,
                "product_name"), "customer_id,product_id,product_name\nc1,7,Milk\nc1,8,Bread\nc2,7,Whole milk\n");
        assertEquals(List.of(List.of("7", "8"), List.of("7")), read.data().sequences());
        assertEquals(Map.of("7", "Milk", "8", "Bread"), read.labels().labels());
        assertEquals("no time column: rows keep their file order", read.timeNote());
        assertThrows(DataException.class, () -> read(new ReadOptions(ReadOptions.Format.TABLE, "customer_id",
                "product_id", "", null, "product_id"), "customer_id,product_id\nc,1\n"));
    }

    @Test
    void anyDelimiterIsDetectedOrGiven() {
        String piped = "user|item|time\nu|a|2\nu|b|1\n";
        assertEquals(List.of(List.of("b", "a")), new SequenceReader().read("p", piped).sequences());
        assertEquals('|', TablePreview.of(piped, null, 20).delimiter());
        assertEquals('\t', TablePreview.of("user\titem\nu\ta\n", null, 20).delimiter());
        assertEquals(';', TablePreview.of("user;item\nu;a\n", null, 20).delimiter());
        TableRead given = read(new ReadOptions(ReadOptions.Format.TABLE, null, null, null, ';', null),
                "user;item;x,y\nu;a,b;1\n");
        assertEquals(List.of(List.of("a,b")), given.data().sequences());
    }

    @Test
    void thePreviewDetectsKnownColumnsAndRefusesAFileThatIsNotATable() {
        TablePreview preview = TablePreview.of("customer_id,product_name,purchase_date,price\nc,milk,01/01/2024,1\n",
                null, 20);
        assertEquals(List.of("customer_id", "product_name", "purchase_date", "price"), preview.columns());
        assertEquals("customer_id", preview.sequenceColumn());
        assertEquals(null, preview.itemColumn());
        assertEquals(List.of(List.of("c", "milk", "01/01/2024", "1")), preview.rows());
        DataException e = assertThrows(DataException.class, () -> TablePreview.of("1 2 3\n4 5\n", null, 20));
        assertEquals("not a table: the first line ('1 2 3') has no comma between column names", e.getMessage());
    }
}
