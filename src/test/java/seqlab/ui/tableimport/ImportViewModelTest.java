package seqlab.ui.tableimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.data.ReadOptions;
import seqlab.ui.concurrent.Runners;

class ImportViewModelTest {

    private static final Path FILE = Path.of("purchases.csv");
    private static final String PURCHASES = """
            customer_id,product_name,purchase_date,price
            c1,milk,13/01/2024,1.20
            c1,bread,02/01/2024,2.10
            c2,tea,05/02/2024,3.00
            c2,jam,yesterday,1.50
            c2,milk,06/02/2024,1.20
            """;

    @TempDir
    Path dir;

    private final ImportViewModel vm = new ImportViewModel(Runners.sameThread());

    @Test
    void preFillsFromTheHeaderDetectionAndNamesTheTimeKindAndTheRowsThatFail() {
        vm.loadText(FILE, PURCHASES, null);
        assertEquals(List.of("customer_id", "product_name", "purchase_date", "price"), vm.columns());
        assertEquals("customer_id", vm.sequenceColumnProperty().get());
        assertEquals("product_name", vm.itemColumnProperty().get());
        assertEquals("purchase_date", vm.timeColumnProperty().get());
        assertEquals(ImportViewModel.NONE, vm.labelColumnProperty().get(), "the item column is a name: no labels");
        assertEquals(ImportViewModel.Delimiter.COMMA, vm.delimiterProperty().get());
        assertEquals(5, vm.previewRows().size());
        assertEquals("times read as dates dd/MM/yyyy (day first: a value above 12 in the first field)",
                vm.timeNoteProperty().get());
        assertEquals(List.of("line 5: time 'yesterday' is neither a decimal number nor a date (ISO yyyy-MM-dd,"
                + " dd/MM/yyyy, dd.MM.yyyy or yyyy-MM-dd HH:mm)"), vm.problems());
        assertEquals("2 sequences, 4 rows used, 1 row(s) not used", vm.summaryProperty().get());
        assertTrue(vm.canImportBinding().get(), vm.blockedReasonBinding().get());
        assertEquals(new ReadOptions(ReadOptions.Format.TABLE, "customer_id", "product_name", "purchase_date", ',', null),
                vm.options());
    }

    @Test
    void importIsBlockedWithTheReasonUntilTheChoicesAreUsable() {
        vm.loadText(FILE, "who,what,price\na,x,1\na,y,2\n", null);
        assertEquals(null, vm.sequenceColumnProperty().get());
        assertFalse(vm.canImportBinding().get());
        assertTrue(vm.blockedReasonBinding().get().startsWith("Choose the item column"), vm.blockedReasonBinding().get());
        vm.itemColumnProperty().set("what");
        assertTrue(vm.blockedReasonBinding().get().startsWith("Choose the sequence column"));
        vm.sequenceColumnProperty().set("what");
        assertEquals("The sequence and item columns are the same column 'what': choose two different columns",
                vm.blockedReasonBinding().get());
        vm.sequenceColumnProperty().set("who");
        assertTrue(vm.canImportBinding().get(), vm.blockedReasonBinding().get());
        assertEquals("no time column: rows keep their file order", vm.timeNoteProperty().get());
        vm.timeColumnProperty().set("who");
        assertTrue(vm.blockedReasonBinding().get().startsWith("The time column 'who' is also the sequence column"));
        vm.timeColumnProperty().set("price");
        assertTrue(vm.canImportBinding().get());
        assertEquals("times read as numbers", vm.timeNoteProperty().get());
        vm.labelColumnProperty().set("what");
        assertTrue(vm.blockedReasonBinding().get().startsWith("The label column is the item column"));
    }

    @Test
    void aFileThatIsNotATableSaysSoAndBlocksImport() {
        vm.loadText(FILE, "1 2 3\n4 5\n", null);
        assertFalse(vm.canImportBinding().get());
        assertEquals("This file is not a table: not a table: the first line ('1 2 3') has no comma between column"
                + " names", vm.blockedReasonBinding().get());
        assertEquals(List.of(), vm.columns());
    }

    @Test
    void aLabelColumnNextToAnIdColumnIsProposedAndBecomesTheLabels() {
        vm.loadText(FILE, "customer_id;product_id;product_name;date\nc;7;Milk;01/02/2024\nc;8;Bread;02/02/2024\n", null);
        assertEquals(ImportViewModel.Delimiter.SEMICOLON, vm.delimiterProperty().get());
        assertEquals("product_id", vm.itemColumnProperty().get());
        assertEquals("product_name", vm.labelColumnProperty().get());
        assertEquals(Map.of("7", "Milk", "8", "Bread"), vm.checkedProperty().get().labels().labels());
        assertTrue(vm.summaryProperty().get().endsWith("; 2 item labels from 'product_name'"), vm.summaryProperty().get());
        assertEquals("product_name", vm.options().labelColumn());
    }

    @Test
    void changingTheDelimiterSplitsTheHeaderAgain() {
        vm.loadText(FILE, "user|item,name|x\nu|a,b|1\n", null);
        assertEquals(List.of("user|item", "name|x"), vm.columns());
        vm.delimiterProperty().set(ImportViewModel.Delimiter.PIPE);
        assertEquals(List.of("user", "item,name", "x"), vm.columns());
        assertEquals("user", vm.sequenceColumnProperty().get());
    }

    @Test
    void rememberedChoicesPreFillAndAreKeptPerFileOnDisk() throws IOException {
        Path store = dir.resolve("import-columns.json");
        Path data = Files.writeString(dir.resolve("p.csv"), "a,b,c,d\n1,2,3,4\n");
        ReadOptions chosen = new ReadOptions(ReadOptions.Format.TABLE, "b", "a", "", ',', "d");
        ImportChoices.in(store).remember(data, chosen);
        assertEquals(chosen, ImportChoices.in(store).of(data).orElseThrow());
        assertTrue(ImportChoices.in(store).of(dir.resolve("other.csv")).isEmpty());

        vm.load(data, ImportChoices.in(store).of(data).orElseThrow());
        assertEquals("b", vm.sequenceColumnProperty().get());
        assertEquals("a", vm.itemColumnProperty().get());
        assertEquals(ImportViewModel.NONE, vm.timeColumnProperty().get());
        assertEquals("d", vm.labelColumnProperty().get());
        assertTrue(vm.canImportBinding().get(), vm.blockedReasonBinding().get());

        Files.writeString(store, "{ damaged");
        assertTrue(ImportChoices.in(store).of(data).isEmpty());
    }
}
