package seqlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.data.ReadOptions;
import seqlab.ui.concurrent.Runners;

class ImportTableTest {

    @TempDir
    Path dir;

    private final MainViewModel vm = new MainViewModel(Runners.sameThread());

    @Test
    void openingATableWithUnfamiliarColumnsOffersTheImportDialogAndTheImportedOptionsAreUsedFromThenOn()
            throws Exception {
        vm.rememberImportsIn(dir.resolve("import-columns.json"));
        Path table = Files.writeString(dir.resolve("purchases.csv"), """
                customer_id,sku_code,product_name,purchase_date
                c1,7,Milk,13/01/2024
                c1,8,Bread,02/01/2024
                c2,7,Milk,05/02/2024
                c2,9,Tea,04/02/2024
                """);
        List<Path> offered = new ArrayList<>();
        vm.onImportOffered(offered::add);
        vm.openData(table);
        assertEquals(List.of(table), offered);
        assertTrue(vm.statusProperty().get().startsWith("Choose the columns of purchases.csv"),
                vm.statusProperty().get());

        ReadOptions chosen = new ReadOptions(ReadOptions.Format.TABLE, "customer_id", "sku_code", "purchase_date",
                ',', "product_name");
        vm.importTable(table, chosen);
        assertEquals("", vm.data().errorProperty().get());
        assertEquals(List.of(List.of("8", "7"), List.of("9", "7")), vm.data().dataProperty().get().sequences());
        assertEquals(Map.of("7", "Milk", "8", "Bread", "9", "Tea"), vm.data().labelsProperty().get().labels());
        assertTrue(vm.statusProperty().get().contains("times read as dates dd/MM/yyyy"), vm.statusProperty().get());
        assertTrue(vm.canTrainBinding().get(), vm.trainBlockedReasonBinding().get());

        // an edit is read again with the chosen columns
        vm.data().textProperty().set(vm.data().textProperty().get() + "c3,8,Bread,01/01/2024\nc3,9,Tea,02/01/2024\n");
        vm.data().reparse();
        assertEquals("", vm.data().errorProperty().get());
        assertEquals(3, vm.data().dataProperty().get().sequences().size());

        // remembered for the file: opening it again reads it with the same columns, offering nothing
        MainViewModel later = new MainViewModel(Runners.sameThread());
        later.rememberImportsIn(dir.resolve("import-columns.json"));
        later.onImportOffered(offered::add);
        assertEquals(chosen, later.rememberedImport(table));
        later.openData(table);
        assertEquals(1, offered.size());
        assertEquals(2, later.data().dataProperty().get().sequences().size());

        // saved in an experiment: it opens with the same columns where nothing is remembered
        Path experiment = dir.resolve("e.seqlab");
        later.experiments().save(experiment);
        MainViewModel elsewhere = new MainViewModel(Runners.sameThread());
        elsewhere.experiments().open(experiment);
        assertEquals("", elsewhere.errorProperty().get());
        assertEquals(chosen, elsewhere.data().readOptions());
        assertEquals(List.of(List.of("8", "7"), List.of("9", "7")), elsewhere.data().dataProperty().get().sequences());
    }

    @Test
    void aLinesFileThatFailsForAnotherReasonOffersNothing() throws Exception {
        List<Path> offered = new ArrayList<>();
        vm.onImportOffered(offered::add);
        vm.openData(Files.writeString(dir.resolve("empty.txt"), "\n\n"));
        assertEquals(List.of(), offered);
    }
}
