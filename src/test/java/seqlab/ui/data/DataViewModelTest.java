package seqlab.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {

    private final DataViewModel vm = new DataViewModel();

    @Test
    void toySampleIsSummarised() {
        vm.loadSample(BundledSample.TOY);
        assertEquals(4, vm.summaryProperty().get().sequences());
        assertEquals(12, vm.summaryProperty().get().events());
        assertEquals(5, vm.summaryProperty().get().distinctItems());
        assertEquals("2  x4", vm.topItems().get(0));
        assertEquals(4, vm.histogram().stream().mapToInt(Integer::intValue).sum());
        assertFalse(vm.dirtyProperty().get());
        assertEquals("toy.txt", vm.sourceNameProperty().get());
    }

    @Test
    void summaryListenersSeeTheNewHistogramAndTopItems() {
        List<Integer> histogramSeen = new java.util.ArrayList<>();
        List<String> topSeen = new java.util.ArrayList<>();
        vm.summaryProperty().addListener((obs, old, now) -> {
            histogramSeen.clear();
            histogramSeen.addAll(vm.histogram());
            topSeen.clear();
            topSeen.addAll(vm.topItems());
        });
        vm.loadSample(BundledSample.TOY);
        assertEquals(List.of(0, 1, 2, 1), histogramSeen);
        assertEquals("2  x4", topSeen.get(0));
    }

    @Test
    void margarineSampleComesWithLabels() {
        vm.loadSample(BundledSample.MARGARINE);
        assertEquals("Parkay stick", vm.labelsProperty().get().display("1"));
        assertTrue(vm.topItems().get(0).contains("stick") || vm.topItems().get(0).contains(" "));
    }

    @Test
    void editsMarkTheDataDirtyAndInvalidLinesAreListedWithTheirReason() {
        vm.loadSample(BundledSample.TOY);
        vm.textProperty().set("1 2 3\n\n4 5\n, ,\n2 3\n");
        vm.reparse();
        assertTrue(vm.dirtyProperty().get());
        assertEquals(List.of("line 2: empty line", "line 4: no items (only separators)"), vm.problems());
        assertEquals(3, vm.summaryProperty().get().sequences());
    }

    @Test
    void textWithNoSequencesIsAnErrorNotACrash() {
        vm.textProperty().set(", ,\n");
        vm.reparse();
        assertNull(vm.dataProperty().get());
        assertTrue(vm.errorProperty().get().contains("no sequences"), vm.errorProperty().get());
    }

    @Test
    void savingWritesTheTextAndClearsTheMark(@TempDir Path dir) throws Exception {
        vm.loadSample(BundledSample.TOY);
        vm.textProperty().set("7 8 9\n");
        Path file = dir.resolve("mine.txt");
        vm.saveAs(file);
        assertEquals("7 8 9\n", Files.readString(file));
        assertFalse(vm.dirtyProperty().get());
        assertEquals("mine.txt", vm.sourceNameProperty().get());
        vm.open(file);
        assertEquals(1, vm.summaryProperty().get().sequences());
    }

    @Test
    void aWholeMedianIsShownWithoutDecimals() {
        assertEquals("4", DataViewModel.median(4.0));
        assertEquals("4.5", DataViewModel.median(4.5));
        vm.loadSample(BundledSample.TOY);
        assertTrue(vm.summaryText().matches("(?s).*median \\d+ /.*"), vm.summaryText());
    }
}
